package app.plateau.hygiene;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/** A site's checklist: a name and its items in the order a round goes through them. */
@Entity
@Table(name = "hygiene_template")
public class HygieneTemplate {

    public static final int NAME_MAX = 80;
    public static final int ITEMS_MAX = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "hygiene_item", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "position")
    private List<ChecklistItem> items = new ArrayList<>();

    @Version
    private long version;

    protected HygieneTemplate() {
    }

    HygieneTemplate(long siteId, String name) {
        this.siteId = siteId;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public Long getSiteId() {
        return siteId;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public List<ChecklistItem> getItems() {
        return List.copyOf(items);
    }

    void setItems(List<ChecklistItem> items) {
        this.items.clear();
        this.items.addAll(items);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof HygieneTemplate template && id != null && id.equals(template.id));
    }

    @Override
    public int hashCode() {
        return HygieneTemplate.class.hashCode();
    }
}
