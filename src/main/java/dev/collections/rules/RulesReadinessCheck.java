package dev.collections.rules;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while a compiled rule set is loaded. */
@Readiness
@ApplicationScoped
public class RulesReadinessCheck implements HealthCheck {
    private final ActiveRuleSet active;

    public RulesReadinessCheck(ActiveRuleSet active) {
        this.active = active;
    }

    @Override
    public HealthCheckResponse call() {
        RuleSet r = active.current();
        var response = HealthCheckResponse.named("rules");
        if (r == null) {
            return response.down().withData("reason", "not loaded yet").build();
        }
        return response.status(r.isValid()).withData("version", r.version())
                .withData("errors", r.errors().size()).build();
    }
}
