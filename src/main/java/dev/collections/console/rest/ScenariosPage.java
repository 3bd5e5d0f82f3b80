package dev.collections.console.rest;

import dev.collections.console.ScenarioRuns;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Every scenario of the rules directory with its result against the live rule set (run each time the page is
 * asked, a few hundred assessments), filtered by file, rule and policy line: policy analysts and auditors.
 */
@Path("/console/scenarios")
@Produces(MediaType.TEXT_HTML)
public class ScenariosPage {
    private final Template scenarios;
    private final Pages pages;
    private final ScenarioRuns runs;

    public ScenariosPage(@Location("console/scenarios.html") Template scenarios, Pages pages, ScenarioRuns runs) {
        this.scenarios = scenarios;
        this.pages = pages;
        this.runs = runs;
    }

    @GET
    @PermitAll
    public Response show(@QueryParam("file") String file, @QueryParam("rule") String rule,
                         @QueryParam("policy") String policy, @BeanParam Pages.Language language) {
        return pages.gate(language, Section.SCENARIOS).orElseGet(() -> {
            var filter = new ScenarioRuns.Filter(file, rule, policy);
            return pages.render(scenarios.data("run", runs.run(filter)).data("filter", filter), language);
        });
    }
}
