package app.plateau.organisation.ui;

import app.plateau.organisation.Person;
import app.plateau.security.Account;
import app.plateau.security.AccountService.AccountDraft;
import app.plateau.security.PasswordPolicy;
import app.plateau.security.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the account editor binds. {@link app.plateau.security.AccountService} takes explicit
 * arguments and keeps accounts unaware of people, so the form holds the chosen person itself.
 * The username pattern and the password policy are left to the service, which normalises first.
 */
public class AccountForm {

    private final Long id;
    private final Long siteId;

    @NotBlank
    @Size(max = Account.USERNAME_MAX)
    private String username;

    @NotBlank
    @Size(max = Account.DISPLAY_NAME_MAX)
    private String displayName;

    private Person person;

    @NotEmpty
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Size(max = PasswordPolicy.MAX_LENGTH)
    private String password;

    private AccountForm(Long id, Long siteId) {
        this.id = id;
        this.siteId = siteId;
    }

    /** A new account at a site, or at no site when {@code siteId} is {@code null}. */
    static AccountForm draft(Long siteId) {
        return new AccountForm(null, siteId);
    }

    static AccountForm of(Account account, Person person) {
        AccountForm form = new AccountForm(account.getId(), account.getSiteId());
        form.username = account.getUsername();
        form.displayName = account.getDisplayName();
        form.person = person;
        form.roles = account.getRoles();
        return form;
    }

    AccountDraft toDraft() {
        return new AccountDraft(username, displayName, siteId, personId(), roles);
    }

    boolean isNew() {
        return id == null;
    }

    Long personId() {
        return person == null ? null : person.getId();
    }

    public Long getId() {
        return id;
    }

    public Long getSiteId() {
        return siteId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Person getPerson() {
        return person;
    }

    public void setPerson(Person person) {
        this.person = person;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
