package app.plateau.security;

import app.plateau.base.Checks;
import app.plateau.base.DomainException;
import app.plateau.base.NotFoundException;
import app.plateau.security.ActivationMailer.Letter;
import app.plateau.security.LoginThrottle.Permit;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activation of accounts that have no password yet (those a roster import creates): an administrator
 * sends each an e-mailed one-time link, and the person chooses a password on the page it opens.
 * A link holds a random 256-bit token of which only the SHA-256 is stored; it expires after
 * {@code plateau.security.activation.validity}, serves once, and a new one replaces the last.
 * Every way a link can fail (unknown, expired, used, account locked) gives the same answer, and
 * guesses count against the client's sign-in limit (docs/security.md).
 */
@Service
public class ActivationService {

    /** What sending links did: sent, or not for want of an e-mail address, or not needed. */
    public record ActivationReport(int sent, int withoutEmail, int notWaiting) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;

    private final AccountRepository accounts;
    private final ActivationLinkRepository links;
    private final PersonDirectory personDirectory;
    private final ActivationMailer mailer;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final Duration validity;

    ActivationService(AccountRepository accounts, ActivationLinkRepository links, PersonDirectory personDirectory,
            ActivationMailer mailer, PasswordEncoder passwordEncoder, LoginThrottle throttle, Clock clock,
            @Value("${plateau.security.activation.validity:PT72H}") Duration validity) {
        this.accounts = accounts;
        this.links = links;
        this.personDirectory = personDirectory;
        this.mailer = mailer;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.clock = clock;
        this.validity = validity;
    }

    /** Whether links can be sent at all: without a mail server or a public address, the page says so. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public boolean isMailReady() {
        return mailer.isReady();
    }

    /** How long a link stays valid, in whole hours, as the mail and the page say it. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long validityHours() {
        return validity.toHours();
    }

    /**
     * Sends a fresh link to each of these accounts that still waits for a password and whose person has
     * an e-mail address; any earlier link of theirs stops working. The mails leave after the commit.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ActivationReport sendLinks(Collection<Long> accountIds) {
        if (!mailer.isReady()) {
            throw new DomainException("activation.error.mail-not-configured");
        }
        PlateauUser admin = CurrentUser.get();
        Instant now = clock.instant();
        List<Letter> letters = new ArrayList<>();
        int withoutEmail = 0;
        int notWaiting = 0;
        for (Long id : new LinkedHashSet<>(accountIds)) {
            Account account = accounts.findById(id).orElseThrow(NotFoundException::new);
            if (!admin.isGlobalAdmin() && !admin.mayAccessSite(account.getSiteId())) {
                throw new NotFoundException();
            }
            if (account.hasPassword() || account.isLocked()) {
                notWaiting++;
                continue;
            }
            Optional<String> email = account.getPersonId() == null ? Optional.empty()
                    : personDirectory.emailOfPerson(account.getPersonId());
            if (email.isEmpty()) {
                withoutEmail++;
                continue;
            }
            String token = newToken();
            ActivationLink link = links.findById(account.getId()).orElseGet(() -> new ActivationLink(account.getId()));
            link.reissue(hash(token), now, admin.accountId(), now.plus(validity));
            links.save(link);
            letters.add(new Letter(email.get(), account.getDisplayName(), account.getUsername(), mailer.link(token),
                    validity.toHours()));
        }
        mailer.sendAfterCommit(letters);
        return new ActivationReport(letters.size(), withoutEmail, notWaiting);
    }

    /** Sends a fresh link to every account of the site (all sites: null) waiting for activation. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ActivationReport sendLinksToAwaiting(Long siteId, String text) {
        List<Long> ids = accounts.searchAwaiting(CurrentUser.scopeSite(siteId), Checks.filter(text),
                Pageable.unpaged()).stream().map(Account::getId).toList();
        return sendLinks(ids);
    }

    /**
     * The username a link is for, if it may still be used; empty for any link that may not, whatever
     * the reason. Counts as a guess against the client's limit unless the link is good.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<String> usernameFor(String token, String clientAddress) {
        Permit permit = permit(clientAddress);
        Optional<String> username = usable(token).map(Account::getUsername);
        if (username.isPresent()) {
            permit.giveBack();
        }
        return username;
    }

    /**
     * Sets the password of the link's account and uses the link up. Of several requests with the same
     * link, one succeeds and the others are refused as a link that no longer works.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void activate(String token, String password, String clientAddress) {
        Permit permit = permit(clientAddress);
        Account account = usable(token).orElseThrow(ActivationService::invalid);
        // A real link is no guess: a password that breaks the rules may be typed again.
        permit.giveBack();
        PasswordPolicy.check(account.getUsername(), password);
        // Hashed before the link's row is locked, so parallel requests wait for an update, not a hash.
        String passwordHash = passwordEncoder.encode(password);
        if (links.consume(hash(token), clock.instant()) != 1) {
            throw invalid();
        }
        account.setPasswordHash(passwordHash);
        account.clearHold();
    }

    private Permit permit(String clientAddress) {
        return throttle.tryAcquire(clientAddress)
                .orElseThrow(() -> new DomainException("activation.error.too-many"));
    }

    private Optional<Account> usable(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return links.findByTokenHash(hash(token))
                .filter(link -> link.isUsableAt(now))
                .flatMap(link -> accounts.findById(link.getAccountId()))
                .filter(account -> !account.isLocked());
    }

    private static DomainException invalid() {
        return new DomainException("activation.error.invalid");
    }

    static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
