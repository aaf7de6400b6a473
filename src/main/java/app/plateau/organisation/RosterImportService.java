package app.plateau.organisation;

import app.plateau.base.DomainException;
import app.plateau.base.Messages;
import app.plateau.base.NotFoundException;
import app.plateau.base.Text;
import app.plateau.security.Account;
import app.plateau.security.AccountService;
import app.plateau.security.AccountService.RosterAccount;
import app.plateau.security.CurrentUser;
import app.plateau.security.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff roster import: a CSV file is previewed row by row with its errors, then its valid rows
 * are imported in one transaction. People are matched by employee number, so importing the same
 * file again updates them rather than adding duplicates.
 */
@Service
public class RosterImportService {

    public static final int MAX_MEGABYTES = 5;
    public static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;
    public static final int MAX_ROWS = 10_000;
    /** Rows fetched and saved together: few queries, and a progress step the user can see. */
    static final int CHUNK = 500;

    /** A broken rule of one row, kept as a message key so the preview shows it in the reader's language. */
    public record RosterError(String messageKey, List<Object> arguments) {

        static RosterError of(String messageKey, Object... arguments) {
            return new RosterError(messageKey, Collections.unmodifiableList(Arrays.asList(arguments.clone())));
        }

        static RosterError of(DomainException exception) {
            return of(exception.getMessageKey(), exception.getArguments());
        }
    }

    /** One line of the file as read, with what is wrong with it. */
    public record RosterRow(long lineNumber, String employeeNumber, String fullName, String email, String phone,
            String team, String homeFloor, String workMode, String roles, List<RosterError> errors) {

        public RosterRow {
            errors = List.copyOf(errors);
        }

        public boolean isValid() {
            return errors.isEmpty();
        }

        RosterRow withErrors(List<RosterError> newErrors) {
            return new RosterRow(lineNumber, employeeNumber, fullName, email, phone, team, homeFloor, workMode, roles,
                    newErrors);
        }
    }

    public record RosterPreview(List<RosterRow> rows) {

        public RosterPreview {
            rows = List.copyOf(rows);
        }

        public List<RosterRow> validRows() {
            return rows.stream().filter(RosterRow::isValid).toList();
        }

        public int validCount() {
            return (int) rows.stream().filter(RosterRow::isValid).count();
        }

        public int errorCount() {
            return rows.size() - validCount();
        }
    }

    public record RosterResult(int created, int updated, int accountsCreated) {
    }

    /** The columns of the file, each with its label key and the header names accepted for it. */
    private enum Column {
        EMPLOYEE_NUMBER("person.employee-number", "matricule", "employee number"),
        FULL_NAME("person.full-name", "nom complet", "full name"),
        EMAIL("person.email", "e-mail", "courriel"),
        PHONE("person.phone", "téléphone", "phone"),
        TEAM("person.team", "équipe", "team"),
        HOME_FLOOR("person.home-floor", "plateau d’attache", "home floor"),
        WORK_MODE("person.work-mode", "mode de travail", "work mode"),
        ROLES("account.roles", "rôles", "roles");

        private final String labelKey;
        private final Set<String> names;

        Column(String labelKey, String... names) {
            this.labelKey = labelKey;
            this.names = Arrays.stream(names).map(RosterImportService::key).collect(Collectors.toSet());
        }
    }

    /** A row checked against the site: the person's fields as they will be saved, and what it refers to. */
    private record Checked(RosterRow row, Person fields, Team team, Floor homeFloor, Set<Role> roles) {
    }

    private static final Map<String, WorkMode> WORK_MODES = new HashMap<>();
    private static final Map<String, Role> ROLES = new HashMap<>();
    /** How commons-csv names the line of a failure: "(startline 9)" or "at line: 9". */
    private static final Pattern PARSER_LINE = Pattern.compile("(?:startline|line:) (\\d+)");
    /** Role labels run to three words ("Responsable de site"). */
    private static final int ROLE_WORDS_MAX = 3;

    static {
        for (WorkMode mode : WorkMode.values()) {
            WORK_MODES.put(key(mode.name()), mode);
            Messages.LOCALES.forEach(locale -> WORK_MODES.put(key(Messages.get(locale, mode.messageKey())), mode));
        }
        for (Role role : Role.values()) {
            ROLES.put(key(role.name()), role);
            Messages.LOCALES.forEach(locale -> ROLES.put(key(Messages.get(locale, role.messageKey())), role));
        }
    }

    private final SiteRepository sites;
    private final PersonRepository people;
    private final TeamRepository teams;
    private final FloorRepository floors;
    private final AccountService accounts;

    RosterImportService(SiteRepository sites, PersonRepository people, TeamRepository teams, FloorRepository floors,
            AccountService accounts) {
        this.sites = sites;
        this.people = people;
        this.teams = teams;
        this.floors = floors;
        this.accounts = accounts;
    }

    /**
     * Reads a roster file and checks every row; what makes the whole file unreadable is thrown. The
     * name and the bytes are checked here, whatever the browser's file chooser let through: only a
     * {@code .csv} file of UTF-8 text is read.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public RosterPreview parse(long siteId, String fileName, InputStream input, long size) {
        CurrentUser.checkSite(siteId);
        if (!sites.existsById(siteId)) {
            throw new NotFoundException();
        }
        if (size > MAX_BYTES) {
            throw new DomainException("roster.error.file-too-large", MAX_MEGABYTES);
        }
        if (fileName == null || !fileName.strip().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw new DomainException("roster.error.wrong-type");
        }
        List<RosterRow> rows = read(decode(input));
        return new RosterPreview(check(siteId, rows).stream().map(Checked::row).toList());
    }

    /**
     * Creates or updates the people of the given rows, and the accounts of those with roles, in one
     * transaction: if any row fails, nothing is saved. The rows are checked again, as they come from
     * the browser. {@code progress} hears how many rows are saved so far.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RosterResult importRows(long siteId, List<RosterRow> rows, IntConsumer progress) {
        CurrentUser.checkSite(siteId);
        Site site = sites.findById(siteId).orElseThrow(NotFoundException::new);
        if (rows.isEmpty()) {
            throw new DomainException("roster.error.no-valid-rows");
        }
        List<Checked> checked = check(siteId, rows);
        for (Checked row : checked) {
            if (!row.row().isValid()) {
                throw new DomainException("roster.error.row-invalid", row.row().lineNumber());
            }
        }
        int created = 0;
        int updated = 0;
        List<RosterAccount> wanted = new ArrayList<>();
        for (int from = 0; from < checked.size(); from += CHUNK) {
            List<Checked> chunk = checked.subList(from, Math.min(from + CHUNK, checked.size()));
            Map<String, Person> existing = people.findBySiteIdAndEmployeeNumberIn(siteId,
                            chunk.stream().map(row -> row.fields().getEmployeeNumber()).toList()).stream()
                    .collect(Collectors.toMap(person -> lower(person.getEmployeeNumber()), Function.identity()));
            List<Person> fresh = new ArrayList<>();
            List<Person> saved = new ArrayList<>(chunk.size());
            for (Checked row : chunk) {
                Person person = existing.get(lower(row.fields().getEmployeeNumber()));
                if (person == null) {
                    person = new Person(site, row.fields().getEmployeeNumber(), row.fields().getFullName());
                    fresh.add(person);
                }
                copy(row, person);
                saved.add(person);
            }
            people.saveAll(fresh);
            people.flush();
            created += fresh.size();
            updated += chunk.size() - fresh.size();
            for (int i = 0; i < chunk.size(); i++) {
                Checked row = chunk.get(i);
                if (!row.roles().isEmpty()) {
                    Person person = saved.get(i);
                    wanted.add(new RosterAccount(person.getId(), username(person.getEmployeeNumber()),
                            person.getFullName(), row.roles()));
                }
            }
            progress.accept(from + chunk.size());
        }
        int accountsCreated = wanted.isEmpty() ? 0 : accounts.upsertRosterAccounts(siteId, wanted);
        return new RosterResult(created, updated, accountsCreated);
    }

    /** An account's username from an employee number: lower case, accents dropped, other signs as '-'. */
    static String username(String employeeNumber) {
        return withoutAccents(employeeNumber).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
    }

    private static void copy(Checked row, Person person) {
        Person fields = row.fields();
        person.setFullName(fields.getFullName());
        person.setEmail(fields.getEmail());
        person.setPhone(fields.getPhone());
        person.setTeam(row.team());
        person.setHomeFloor(row.homeFloor());
        person.setWorkMode(fields.getWorkMode());
        person.setActive(true);
    }

    private static String decode(InputStream input) {
        byte[] bytes;
        try {
            bytes = input.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new DomainException("roster.error.file-too-large", MAX_MEGABYTES);
        }
        if (isBinary(bytes)) {
            throw new DomainException("roster.error.not-text");
        }
        // Excel writes a byte order mark in front of "CSV UTF-8" files.
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new DomainException("roster.error.encoding");
        }
    }

    /**
     * Control characters other than tab and line ends never occur in a CSV text, while images,
     * workbooks (a ZIP), PDFs and UTF-16 text all have them (a PNG in its first eight bytes).
     */
    private static boolean isBinary(byte[] bytes) {
        for (byte b : bytes) {
            if (b >= 0 && b < ' ' && b != '\t' && b != '\n' && b != '\r') {
                return true;
            }
        }
        return false;
    }

    private static List<RosterRow> read(String text) {
        if (text.isBlank()) {
            throw new DomainException("roster.error.file-empty");
        }
        String headerLine = text.strip().lines().findFirst().orElse("");
        char separator = headerLine.chars().filter(c -> c == ';').count()
                > headerLine.chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(separator)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                // Excel leaves a comma after the last column name when a column beyond it was used.
                .setAllowMissingColumnNames(true)
                .get();
        List<RosterRow> rows = new ArrayList<>();
        long lineRead = 1;
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Map<Column, Integer> columns = columns(parser.getHeaderNames());
            for (CSVRecord record : parser) {
                lineRead = parser.getCurrentLineNumber();
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw new DomainException("roster.error.too-many-rows", MAX_ROWS);
                }
                rows.add(row(lineRead, record, columns));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw unreadable(e, lineRead + 1);
        }
        if (rows.isEmpty()) {
            throw new DomainException("roster.error.file-empty");
        }
        return rows;
    }

    /**
     * What the parser could not read, in the reader's words and with the line it stopped at,
     * instead of its own English text ("(startline 9) EOF reached before encapsulated token
     * finished"). The line is the one the parser names, or else the one after the last row read.
     */
    private static DomainException unreadable(Exception e, long nextLine) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String text = String.valueOf(cause.getMessage());
        Matcher named = PARSER_LINE.matcher(text);
        long line = named.find() ? Long.parseLong(named.group(1)) : nextLine;
        if (text.contains("EOF reached before encapsulated token finished")) {
            return new DomainException("roster.error.quote-unclosed", line);
        }
        if (text.contains("Invalid character between encapsulated token and delimiter")) {
            return new DomainException("roster.error.quote-stray", line);
        }
        return new DomainException("roster.error.not-csv", line);
    }

    private static Map<Column, Integer> columns(List<String> headerNames) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (Column column : Column.values()) {
            for (int i = 0; i < headerNames.size(); i++) {
                if (column.names.contains(key(headerNames.get(i)))) {
                    columns.put(column, i);
                    break;
                }
            }
            if (!columns.containsKey(column)) {
                throw new DomainException("roster.error.missing-column", new Text(column.labelKey));
            }
        }
        return columns;
    }

    private static RosterRow row(long lineNumber, CSVRecord record, Map<Column, Integer> columns) {
        Function<Column, String> value = column -> {
            int index = columns.get(column);
            return index < record.size() ? record.get(index) : "";
        };
        return new RosterRow(lineNumber, value.apply(Column.EMPLOYEE_NUMBER), value.apply(Column.FULL_NAME),
                value.apply(Column.EMAIL), value.apply(Column.PHONE), value.apply(Column.TEAM),
                value.apply(Column.HOME_FLOOR), value.apply(Column.WORK_MODE), value.apply(Column.ROLES), List.of());
    }

    /** Checks rows against the person rules and the site's teams and floors, loaded once for all rows. */
    private List<Checked> check(long siteId, List<RosterRow> rows) {
        Map<String, Team> teamsByName = teams.findBySiteIdOrderByNameAsc(siteId).stream()
                .collect(Collectors.toMap(team -> lower(team.getName()), Function.identity(), (a, b) -> a));
        Map<String, Floor> floorsByName = floors.findBySiteIdOrderByLevelAscNameAsc(siteId).stream()
                .collect(Collectors.toMap(floor -> lower(floor.getName()), Function.identity(), (a, b) -> a));
        Set<String> numbers = new HashSet<>();
        List<Checked> checked = new ArrayList<>(rows.size());
        for (RosterRow row : rows) {
            List<RosterError> errors = new ArrayList<>();
            Person fields = Person.draft(null);
            fields.setEmployeeNumber(row.employeeNumber());
            fields.setFullName(row.fullName());
            fields.setEmail(row.email());
            fields.setPhone(row.phone());
            WorkMode mode = isBlank(row.workMode()) ? WorkMode.ON_SITE : WORK_MODES.get(key(row.workMode()));
            if (mode == null) {
                errors.add(RosterError.of("roster.error.work-mode", row.workMode()));
            }
            fields.setWorkMode(mode == null ? WorkMode.ON_SITE : mode);
            try {
                PersonService.validate(fields);
            } catch (DomainException e) {
                errors.add(RosterError.of(e));
            }
            Team team = isBlank(row.team()) ? null : teamsByName.get(lower(row.team()));
            if (team == null && !isBlank(row.team())) {
                errors.add(RosterError.of("roster.error.team-unknown", row.team().strip()));
            }
            Floor floor = isBlank(row.homeFloor()) ? null : floorsByName.get(lower(row.homeFloor()));
            if (floor == null && !isBlank(row.homeFloor())) {
                errors.add(RosterError.of("roster.error.floor-unknown", row.homeFloor().strip()));
            }
            Set<Role> roles = roles(row.roles(), errors);
            if (!roles.isEmpty() && !isBlank(row.employeeNumber())
                    && !username(row.employeeNumber().strip()).matches(Account.USERNAME_PATTERN)) {
                errors.add(RosterError.of("account.error.username-invalid", Account.USERNAME_MAX));
            }
            if (!isBlank(row.employeeNumber()) && !numbers.add(lower(row.employeeNumber()))) {
                errors.add(RosterError.of("roster.error.duplicate", row.employeeNumber().strip()));
            }
            checked.add(new Checked(row.withErrors(errors), fields, team, floor, roles));
        }
        return checked;
    }

    /**
     * Roles separated by '|', ';' or blanks, as names (TEAM_LEAD) or labels in either language
     * ("Responsable de site"): the longest run of words that names a role wins.
     */
    private static Set<Role> roles(String text, List<RosterError> errors) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (isBlank(text)) {
            return roles;
        }
        String[] words = text.strip().split("[|;\\s]+");
        List<String> unknown = new ArrayList<>();
        int i = 0;
        while (i < words.length) {
            int length = Math.min(ROLE_WORDS_MAX, words.length - i);
            while (length > 1 && role(words, i, length) == null) {
                length--;
            }
            Role role = role(words, i, length);
            if (role == null) {
                unknown.add(words[i]);
                i++;
            } else {
                roles.add(role);
                i += length;
            }
        }
        if (!unknown.isEmpty()) {
            errors.add(RosterError.of("roster.error.role", String.join(" ", unknown)));
        }
        return roles;
    }

    private static Role role(String[] words, int from, int length) {
        return ROLES.get(key(String.join(" ", Arrays.copyOfRange(words, from, from + length))));
    }

    /** A header name, work mode or role as compared: no accents, case, spaces or punctuation. */
    private static String key(String text) {
        return withoutAccents(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static String withoutAccents(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static String lower(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
