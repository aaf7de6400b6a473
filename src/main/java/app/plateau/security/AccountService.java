package app.plateau.security;

import app.plateau.base.Checks;
import app.plateau.base.DomainException;
import app.plateau.base.NotFoundException;
import app.plateau.base.Sorting;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: who may sign in, with which roles, at which site. */
@Service
public class AccountService {

    public record AccountDraft(String username, String displayName, Long siteId, Long personId, Set<Role> roles) {
    }

    /** One person's account as the roster import wants it. */
    public record RosterAccount(long personId, String username, String displayName, Set<Role> roles) {
    }

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PersonDirectory personDirectory;
    private final LoginAttempts loginAttempts;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, PersonDirectory personDirectory,
            LoginAttempts loginAttempts, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.personDirectory = personDirectory;
        this.loginAttempts = loginAttempts;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Account> page(Long siteId, String text, Pageable pageable) {
        return accounts.search(CurrentUser.scopeSite(siteId), Checks.filter(text), Sorting.or(pageable, "username"));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(Long siteId, String text) {
        return accounts.countSearch(CurrentUser.scopeSite(siteId), Checks.filter(text));
    }

    /** Accounts waiting for activation: created without a password (as by a roster import) and not locked. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Account> pageAwaitingActivation(Long siteId, String text, Pageable pageable) {
        return accounts.searchAwaiting(CurrentUser.scopeSite(siteId), Checks.filter(text),
                Sorting.or(pageable, "username"));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long countAwaitingActivation(Long siteId, String text) {
        return accounts.countSearchAwaiting(CurrentUser.scopeSite(siteId), Checks.filter(text));
    }

    /**
     * Accounts, not locked, that nobody can sign in with yet because they have no password (a roster
     * import makes them so): of the caller's site, or for a global administrator of the site asked
     * for ({@code null}: every site).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long countWithoutPassword(Long siteId) {
        Long site = CurrentUser.scopeSite(siteId);
        return site == null ? accounts.countByPasswordHashIsNullAndLockedFalse()
                : accounts.countBySiteIdAndPasswordHashIsNullAndLockedFalse(site);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Account get(long id) {
        Account account = accounts.findById(id).orElseThrow(NotFoundException::new);
        checkAccess(account);
        return account;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean existsForPerson(long personId) {
        return accounts.existsByPersonId(personId);
    }

    /** Creates an account; with no initial password it cannot sign in until one is reset. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Account create(AccountDraft draft, String initialPassword) {
        String username = normaliseUsername(draft.username());
        CurrentUser.checkSite(draft.siteId());
        checkGrant(draft.siteId(), draft.roles());
        checkPerson(draft.personId(), draft.siteId());
        if (accounts.existsByUsername(username)) {
            throw new DomainException("account.error.username-taken", username);
        }
        if (draft.personId() != null && accounts.existsByPersonId(draft.personId())) {
            throw new DomainException("account.error.person-has-account");
        }
        Account account = new Account(username, displayName(draft.displayName()), draft.siteId(),
                draft.personId(), draft.roles());
        if (initialPassword != null && !initialPassword.isEmpty()) {
            PasswordPolicy.check(username, initialPassword);
            account.setPasswordHash(passwordEncoder.encode(initialPassword));
        }
        return accounts.save(account);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Account update(long id, String displayName, Long siteId, Long personId, Set<Role> roles) {
        Account account = get(id);
        CurrentUser.checkSite(siteId);
        checkGrant(siteId, roles);
        checkPerson(personId, siteId);
        if (personId != null && !personId.equals(account.getPersonId()) && accounts.existsByPersonId(personId)) {
            throw new DomainException("account.error.person-has-account");
        }
        if (account.getId().equals(CurrentUser.get().accountId()) && !roles.contains(Role.ADMIN)) {
            throw new DomainException("account.error.own-admin-role");
        }
        account.setDisplayName(displayName(displayName));
        account.setPersonId(personId);
        account.assign(siteId, roles);
        return account;
    }

    /** Sets a new random password, returned once so the administrator can hand it over. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String resetPassword(long id) {
        Account account = get(id);
        String temporary = PasswordPolicy.temporary();
        account.setPasswordHash(passwordEncoder.encode(temporary));
        // A new password lifts a hold from guessing, but an administrator's lock stays until unlocked.
        account.clearHold();
        return temporary;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void lock(long id) {
        Account account = get(id);
        if (account.getId().equals(CurrentUser.get().accountId())) {
            throw new DomainException("account.error.lock-self");
        }
        account.lock();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void unlock(long id) {
        get(id).unlock();
    }

    /**
     * Changes the signed-in person's password. The current one is checked like a sign-in: counted
     * first, in a transaction of its own that the refusal's rollback leaves in place, and not even
     * checked while the account is held.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        PlateauUser user = CurrentUser.get();
        // Nobody's password is empty: an empty field is refused without counting an attempt.
        if (currentPassword == null || currentPassword.isEmpty()) {
            throw new DomainException("password.error.current-wrong");
        }
        if (!loginAttempts.reserve(user.getUsername())) {
            throw new DomainException("password.error.held", LoginAttempts.THRESHOLD, LoginAttempts.HOLD.toMinutes());
        }
        Account account = accounts.findById(user.accountId()).orElseThrow(NotFoundException::new);
        if (account.getPasswordHash() == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new DomainException("password.error.current-wrong");
        }
        loginAttempts.succeeded(account.getId());
        PasswordPolicy.check(account.getUsername(), newPassword);
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new DomainException("password.error.unchanged");
        }
        account.setPasswordHash(passwordEncoder.encode(newPassword));
    }

    /**
     * Creates or updates the accounts of imported people, in the caller's transaction. Accounts are
     * matched by person, so a re-import updates roles rather than adding accounts; new ones get no
     * password (hashing thousands would take minutes) until an administrator resets it.
     *
     * @return how many accounts were created
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int upsertRosterAccounts(long siteId, Collection<RosterAccount> wanted) {
        CurrentUser.checkSite(siteId);
        Map<Long, Account> existing = accounts.findByPersonIdIn(
                wanted.stream().map(RosterAccount::personId).toList()).stream()
                .collect(Collectors.toMap(Account::getPersonId, Function.identity()));
        Set<String> taken = accounts.findByUsernameIn(
                wanted.stream().map(w -> normaliseUsername(w.username())).toList()).stream()
                .map(Account::getUsername).collect(Collectors.toSet());
        Map<String, Long> claimed = new HashMap<>();
        List<Account> created = new ArrayList<>();
        for (RosterAccount row : wanted) {
            checkGrant(siteId, row.roles());
            Account account = existing.get(row.personId());
            if (account != null) {
                account.setDisplayName(row.displayName());
                account.assign(siteId, row.roles());
                continue;
            }
            String username = normaliseUsername(row.username());
            if (taken.contains(username) || claimed.putIfAbsent(username, row.personId()) != null) {
                throw new DomainException("account.error.username-taken", username);
            }
            created.add(new Account(username, row.displayName(), siteId, row.personId(), row.roles()));
        }
        accounts.saveAll(created);
        return created.size();
    }

    private void checkAccess(Account account) {
        PlateauUser user = CurrentUser.get();
        if (!user.isGlobalAdmin() && !user.mayAccessSite(account.getSiteId())) {
            throw new NotFoundException();
        }
    }

    private void checkGrant(Long siteId, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new DomainException("account.error.no-role");
        }
        if (siteId == null && !CurrentUser.get().isGlobalAdmin()) {
            throw new AccessDeniedException("only a global administrator grants roles at no site");
        }
        if (siteId == null && !EnumSet.of(Role.ADMIN).equals(EnumSet.copyOf(roles))) {
            throw new DomainException("account.error.site-required");
        }
    }

    private void checkPerson(Long personId, Long siteId) {
        if (personId == null) {
            return;
        }
        Long personSite = personDirectory.siteOfPerson(personId).orElseThrow(NotFoundException::new);
        if (!personSite.equals(siteId)) {
            throw new DomainException("account.error.person-other-site");
        }
    }


    private static String displayName(String displayName) {
        return Checks.text(displayName, Account.DISPLAY_NAME_MAX, "account.display-name");
    }

    static String normaliseUsername(String username) {
        String normalised = AccountUserDetailsService.normalise(username);
        if (normalised.isEmpty() || normalised.length() > Account.USERNAME_MAX
                || !normalised.matches(Account.USERNAME_PATTERN)) {
            throw new DomainException("account.error.username-invalid", Account.USERNAME_MAX);
        }
        return normalised;
    }

}
