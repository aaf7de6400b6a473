package app.plateau.security;

/** What a person may do in Plateau; every role but a global administrator's is held at one site. */
public enum Role {
    AGENT, TEAM_LEAD, SITE_MANAGER, HEALTH_OFFICER, AUDITOR, ADMIN;

    /** Names for {@code @RolesAllowed} and {@code hasRole(...)}, which take them without the prefix. */
    public static final String AGENT_NAME = "AGENT";
    public static final String TEAM_LEAD_NAME = "TEAM_LEAD";
    public static final String SITE_MANAGER_NAME = "SITE_MANAGER";
    public static final String HEALTH_OFFICER_NAME = "HEALTH_OFFICER";
    public static final String AUDITOR_NAME = "AUDITOR";
    public static final String ADMIN_NAME = "ADMIN";

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }
}
