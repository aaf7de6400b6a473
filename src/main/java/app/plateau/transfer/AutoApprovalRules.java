package app.plateau.transfer;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The reasons for which a floor approves a move by itself when it has room. */
@Component
class AutoApprovalRules {

    private final JdbcTemplate jdbc;

    AutoApprovalRules(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Set<MoveReason> of(long floorId) {
        Set<MoveReason> reasons = EnumSet.noneOf(MoveReason.class);
        jdbc.queryForList("SELECT reason FROM floor_auto_approval WHERE floor_id = ?", String.class, floorId)
                .forEach(reason -> reasons.add(MoveReason.valueOf(reason)));
        return reasons;
    }

    boolean applies(long floorId, MoveReason reason) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM floor_auto_approval WHERE floor_id = ? AND reason = ?",
                Integer.class, floorId, reason.name());
        return count != null && count > 0;
    }

    void replace(long floorId, Set<MoveReason> reasons) {
        jdbc.update("DELETE FROM floor_auto_approval WHERE floor_id = ?", floorId);
        for (MoveReason reason : reasons) {
            jdbc.update("INSERT INTO floor_auto_approval (floor_id, reason) VALUES (?, ?)", floorId, reason.name());
        }
    }
}
