package app.plateau.health;

import java.math.BigDecimal;
import java.time.Instant;

/** A temperature check as the health officer reads it; {@code temperature} is null for a cleared check. */
public record CheckRow(long id, long personId, String personName, Instant at, CheckMoment moment, CheckResult result,
        BigDecimal temperature, String checkedBy, Instant clearedAt) {

    static CheckRow of(TemperatureCheck check) {
        return new CheckRow(check.getId(), check.getPerson().getId(), check.getPerson().getFullName(), check.getAt(),
                check.getMoment(), check.getResult(), check.getTemperature(), check.getCheckedBy(),
                check.getClearedAt());
    }
}
