package app.plateau.base.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a menu route needs of the signed-in account to show anything: a global administrator has no
 * site and no person, so an entry that works on "my site" or "my meetings" would be a dead end for
 * them. The side navigation leaves such entries out; the route itself stays guarded by its roles.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MenuNeeds {

    Need[] value();

    /** Something an account may lack. */
    enum Need {
        /** The account belongs to one site. */
        SITE,
        /** The account is linked to a person of the site's staff. */
        PERSON
    }
}
