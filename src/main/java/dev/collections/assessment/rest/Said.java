package dev.collections.assessment.rest;

import dev.collections.model.Assessment;
import dev.collections.rules.DecisionLanguage;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestResponse;

/** An assessment's answer in the caller's language, and what the OpenAPI document says about it. */
final class Said {
    static final String ACCEPT_LANGUAGE = "Send the header Accept-Language to choose the language of nextAction.reason"
            + " and nextAction.note: zh (zh-CN, zh-Hans …) for Simplified Chinese, en for English; without it (or with"
            + " neither), collections.assessment.default-language (en). The answer says which in Content-Language."
            + " Codes (actions, what holds them back, tasks, rule names) stay as they are, for machines.";
    static final String CONTENT_LANGUAGE = "The language the reason and the note are written in: en or zh";
    static final String ANSWER = "The decision; its reason and note in the language asked for";

    private Said() {
    }

    static RestResponse<Assessment> in(DecisionLanguage language, Assessment answer, String acceptLanguage) {
        Locale locale = language.of(acceptLanguage);
        return RestResponse.ResponseBuilder.ok(language.said(answer, locale))
                .header("Content-Language", locale.getLanguage()).build();
    }
}
