package app.plateau.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Someone who works at a site: an agent, a team lead, a manager, a health officer. */
@Entity
public class Person {

    public static final int NUMBER_MAX = 30;
    public static final int NAME_MAX = 120;
    public static final int EMAIL_MAX = 160;
    public static final int PHONE_MAX = 30;
    /** Letters, digits and a few separators: what HR systems print on badges. */
    public static final String NUMBER_PATTERN = "[\\p{L}\\p{N}][\\p{L}\\p{N}._/-]*";
    public static final String PHONE_PATTERN = "\\+?[0-9 .()-]{6,30}";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "site_id", nullable = false, updatable = false)
    private Site site;

    @NotBlank
    @Size(max = NUMBER_MAX)
    @Pattern(regexp = NUMBER_PATTERN, message = "{person.employee-number.pattern}")
    @Column(name = "employee_number", nullable = false, length = NUMBER_MAX)
    private String employeeNumber;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "full_name", nullable = false, length = NAME_MAX)
    private String fullName;

    @Email
    @Size(max = EMAIL_MAX)
    @Column(length = EMAIL_MAX)
    private String email;

    @Size(max = PHONE_MAX)
    @Pattern(regexp = PHONE_PATTERN, message = "{person.phone.pattern}")
    @Column(length = PHONE_MAX)
    private String phone;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "home_floor_id")
    private Floor homeFloor;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "work_mode", nullable = false, length = 20)
    private WorkMode workMode = WorkMode.ON_SITE;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Person() {
    }

    public Person(Site site, String employeeNumber, String fullName) {
        this.site = site;
        setEmployeeNumber(employeeNumber);
        setFullName(fullName);
    }

    public static Person draft(Site site) {
        Person person = new Person();
        person.site = site;
        return person;
    }

    public Long getId() {
        return id;
    }

    public Site getSite() {
        return site;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public void setEmployeeNumber(String employeeNumber) {
        // Badge and HR codes are case-insensitive; one spelling keeps H2 and MariaDB alike.
        this.employeeNumber = employeeNumber == null ? null : employeeNumber.strip().toUpperCase(Locale.ROOT);
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName == null ? null : fullName.strip();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = blankToNull(email);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = blankToNull(phone);
    }

    public Team getTeam() {
        return team;
    }

    public void setTeam(Team team) {
        this.team = team;
    }

    public Floor getHomeFloor() {
        return homeFloor;
    }

    public void setHomeFloor(Floor homeFloor) {
        this.homeFloor = homeFloor;
    }

    public WorkMode getWorkMode() {
        return workMode;
    }

    public void setWorkMode(WorkMode workMode) {
        this.workMode = workMode;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Person person && id != null && id.equals(person.id));
    }

    @Override
    public int hashCode() {
        return Person.class.hashCode();
    }

    @Override
    public String toString() {
        return fullName;
    }
}
