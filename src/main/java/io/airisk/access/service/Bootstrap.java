package io.airisk.access.service;

import io.airisk.access.KeyRole;
import io.airisk.access.Secrets;
import io.airisk.access.TokenKind;
import io.airisk.access.repository.ApiKeyEntity;
import io.airisk.access.repository.ApiKeyRepository;
import io.airisk.access.repository.TenantEntity;
import io.airisk.access.repository.TenantRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * On the first start, while no key exists, gives the first tenant its ADMIN key, which may also
 * create tenants: AIRISK_BOOTSTRAP_ADMIN_KEY when set, else a generated key, logged this once.
 * Instances starting together on one database queue on the first tenant's row: one creates the
 * key, the others find it.
 */
@ApplicationScoped
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class);
    private static final Pattern VALID = Pattern.compile("[\\x21-\\x7E]{1,256}");
    private static final int SHORT = 32;

    private final TenantRepository tenants;
    private final ApiKeyRepository keyRepository;
    private final ApiKeys keys;
    private final AuditTrail audit;
    private final AccessConfig config;

    public Bootstrap(
            TenantRepository tenants,
            ApiKeyRepository keyRepository,
            ApiKeys keys,
            AuditTrail audit,
            AccessConfig config) {
        this.tenants = tenants;
        this.keyRepository = keyRepository;
        this.keys = keys;
        this.audit = audit;
        this.config = config;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        String given = config.bootstrapAdminKey().orElse(null);
        if (given != null && (!VALID.matcher(given).matches() || TokenKind.of(given) != null)) {
            throw new IllegalStateException("AIRISK_BOOTSTRAP_ADMIN_KEY must be 1 to 256 visible ASCII characters,"
                    + " not beginning with art_ or ars_");
        }
        tenants.findById(TenantEntity.FIRST, LockModeType.PESSIMISTIC_WRITE);
        if (keyRepository.count() > 0) {
            if (given != null) {
                LOG.debug("AIRISK_BOOTSTRAP_ADMIN_KEY ignored: keys exist already");
            }
            return;
        }
        String secret = given != null ? given : Secrets.generate(Secrets.KEY_PREFIX);
        ApiKeyEntity key = keys.insert(TenantEntity.FIRST, "Bootstrap ADMIN key", KeyRole.ADMIN, secret, true);
        audit.record(TenantEntity.FIRST, "system", AuditAction.KEY_CREATED, key.id);
        if (given == null) {
            LOG.warnf(
                    "First start: the first tenant's ADMIN key, which may also create tenants, is %s"
                            + " (shown this once; send it as Authorization: Bearer <key>)",
                    secret);
        } else {
            LOG.infof("First start: AIRISK_BOOTSTRAP_ADMIN_KEY (%s...) is the first tenant's ADMIN key", key.prefix);
            if (given.length() < SHORT) {
                LOG.warnf(
                        "AIRISK_BOOTSTRAP_ADMIN_KEY has %d characters: use at least %d random ones",
                        given.length(), SHORT);
            }
        }
    }
}
