package app.plateau.organisation;

import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** Roster files for tests and the benchmark: a French header and as many generated rows as asked. */
public final class RosterCsv {

    public static final String FRENCH_HEADER =
            "matricule,nom complet,e-mail,téléphone,équipe,plateau d’attache,mode de travail,rôles";
    private static final String[] MODES = {"sur site", "télétravail", "hybride"};

    private RosterCsv() {
    }

    /** A file of the header and these lines, each already separated by commas. */
    public static byte[] of(String... lines) {
        StringJoiner file = new StringJoiner("\n", "", "\n");
        file.add(FRENCH_HEADER);
        for (String line : lines) {
            file.add(line);
        }
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * {@code rows} valid rows for a site with this team and floor: numbers {@code prefix-1} upwards,
     * work modes in turn, and every tenth person an agent account.
     */
    public static byte[] generate(String prefix, int rows, String team, String floor) {
        StringBuilder file = new StringBuilder(rows * 100).append(FRENCH_HEADER).append('\n');
        for (int i = 1; i <= rows; i++) {
            file.append(prefix).append('-').append(i).append(',')
                    .append("Agent ").append(i).append(' ').append(prefix).append(',')
                    .append("agent").append(i).append('.').append(prefix).append("@example.org,")
                    .append("+212 6 00 00 ").append(String.format("%02d", i % 100)).append(',')
                    .append(team).append(',')
                    .append(floor).append(',')
                    .append(MODES[i % MODES.length]).append(',')
                    .append(i % 10 == 0 ? "AGENT" : "")
                    .append('\n');
        }
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }
}
