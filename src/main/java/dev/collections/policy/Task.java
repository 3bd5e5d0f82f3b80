package dev.collections.policy;

import org.kie.api.runtime.rule.RuleContext;

/** Work for a person (case worker, complaints team, legal reviewer). */
public final class Task extends Outcome {
    private final TaskType type;

    public Task(TaskType type, RuleContext rule) {
        super(rule);
        this.type = type;
    }

    public TaskType getType() { return type; }
}
