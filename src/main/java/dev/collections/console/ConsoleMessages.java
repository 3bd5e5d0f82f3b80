package dev.collections.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every label of the console, in English here and in Simplified Chinese in {@code messages/msg_zh.properties}.
 * Rule names are shown as the analysts wrote them; codes (actions, sources) have a label each.
 */
@MessageBundle(value = "msg", locale = "en")
public interface ConsoleMessages {
    @Message("Collections console") String app_title();
    @Message("Sign in") String login_title();
    @Message("User") String login_user();
    @Message("Password") String login_password();
    @Message("Sign in") String login_submit();
    @Message("The user or the password is wrong.") String login_error();
    @Message("Sign out") String logout();
    @Message("Signed in as {user}") String signed_in(String user);
    @Message("中文") String language_other();
    @Message("Home") String nav_home();
    @Message("Why this step") String nav_accounts();
    @Message("Experiments") String nav_experiments();
    @Message("What would you like to do?") String home_intro();
    @Message("Find an account and see why it got its step: every rule that fired, in order.") String home_accounts();
    @Message("Champion/challenger experiments and their reports.") String home_experiments();
    @Message("Accounts") String accounts_title();
    @Message("Account id or its beginning") String accounts_search();
    @Message("Find") String accounts_find();
    @Message("No account matches.") String accounts_none();
    @Message("Previous") String page_previous();
    @Message("Next") String page_next();
    @Message("Account {id}") String account_title(String id);
    @Message("No account {id} is held.") String account_missing(String id);
    @Message("Days past due") String days_past_due();
    @Message("Overdue amount") String overdue_amount();
    @Message("Outstanding balance") String outstanding_balance();
    @Message("District") String region();
    @Message("Decisions, newest first") String decisions_title();
    @Message("No decision yet.") String decisions_none();
    @Message("Decided at") String decided_at();
    @Message("Source") String source();
    @Message("{#when code}{#is 'REQUEST'}Request from core banking{#is 'RECORD'}From the account's record"
            + "{#is 'TRIAGE'}Nightly triage{#else}{code}{/when}") String source_of(String code);
    @Message("Rule set") String ruleset();
    @Message("Stage") String stage();
    @Message("Next step") String next_action();
    @Message("{#when code}{#is 'SMS'}SMS{#is 'CALL'}Call{#is 'HOME_VISIT'}Home visit{#is 'LEGAL_ACTION'}Legal action"
            + "{#is 'NONE'}No action{#else}{code}{/when}") String action(String code);
    @Message("Why") String reason();
    @Message("Decided by the rule") String rule();
    @Message("Not before") String not_before();
    @Message("Rules that fired, in the engine's order") String fired_rules();
    @Message("Held back") String suppressed();
    @Message("Relief offered") String offers();
    @Message("Tasks") String tasks();
    @Message("Credit report") String credit_report();
    @Message("Experiment {id}, arm {arm}") String experiment_arm(String id, String arm);
    @Message("The rules decided {decided}; a team's full capacity stepped it down from {denied}")
    String capacity_step(String decided, String denied);
    @Message("none") String none();
    @Message("Save as scenario") String save_scenario();
    @Message("What if…") String what_if();
    @Message("Assess again, without saving") String what_if_submit();
    @Message("Nothing is stored: the account's record and history stay as they are.") String what_if_note();
    @Message("Now") String what_if_now();
    @Message("With the change") String what_if_changed();
    @Message("Rules that would fire as well") String fired_added();
    @Message("Rules that would no longer fire") String fired_removed();
    @Message("These values are refused:") String what_if_refused();
    @Message("{#when key}{#is 'stage'}Stage{#is 'next_action'}Next step{#is 'reason'}Why{#is 'credit_report'}"
            + "Credit report{#is 'priority'}Priority{#else}{key}{/when}") String compared(String key);
    @Message("Experiments") String experiments_title();
    @Message("Name") String experiment_name();
    @Message("Status") String experiment_status();
    @Message("Share") String experiment_share();
    @Message("Dates") String experiment_dates();
    @Message("Report") String experiment_report();
    @Message("No experiment yet.") String experiments_none();
    @Message("Stop") String experiment_stop();
    @Message("Promote") String experiment_promote();
    @Message("{#when status}{#is 'RUNNING'}Running{#is 'STOPPED'}Stopped{#is 'PROMOTED'}Promoted{#else}{status}{/when}")
    String experiment_state(String status);
    @Message("Experiment {id}: {#when done}{#is 'stop'}stopped; every account is decided by the live rules again."
            + "{#is 'promote'}promoted; its challenger is the live rule set.{#else}{done}{/when}")
    String experiment_done(String id, String done);
    @Message("Experiment {id} was not changed: {reason}") String experiment_refused(String id, String reason);
    @Message("You may not open this page with your role.") String forbidden();
    @Message("The live rules") String nav_rules();
    @Message("The rule set the service decides with, what the last reload did, and a reload.") String home_rules();
    @Message("Rules") String rules_title();
    @Message("Version") String rules_version();
    @Message("State") String rules_state();
    @Message("Checked and live") String rules_valid();
    @Message("No rule set has passed its checks: assessments are refused") String rules_invalid();
    @Message("Load the rules directory now") String rules_reload();
    @Message("The last reload") String rules_last_reload();
    @Message("Outcome") String rules_outcome();
    @Message("{#when outcome}{#is 'ACTIVATED'}Put live{#is 'UNCHANGED'}Unchanged: the same files as the live set"
            + "{#is 'REFUSED'}Refused: the live set keeps serving{#else}{outcome}{/when}") String reload_outcome(String outcome);
    @Message("Started by") String rules_trigger();
    @Message("Candidate") String rules_candidate();
    @Message("Why it was refused") String rules_reasons();
    @Message("File") String rules_file();
    @Message("Line") String rules_line();
    @Message("Failing scenarios") String rules_failing();
    @Message("Scenario") String rules_scenario();
    @Message("Expected and actual") String rules_expected_actual();
    @Message("Gaps in the scenarios (they do not stop a set from going live)") String rules_gaps();
    @Message("Files") String rules_files();
    @Message("Rules ({count})") String rules_list(int count);
    @Message("The policy line it cites") String rules_policy();
    @Message("History") String rules_history();
    @Message("No rule set has gone live yet.") String rules_history_none();
    @Message("From") String rules_from();
    @Message("To") String rules_to();
    @Message("Live since") String rules_when();
    @Message("Rules") String rules_count();
    @Message("live") String rules_live();
    @Message("(its files were not kept)") String rules_hashes_only();
    @Message("Put live again") String rules_rollback();
    @Message("Compare the two versions") String rules_compare();
    @Message("The history keeps no files of that version.") String rules_not_kept();
    @Message("{#when code}{#is 'startup'}Start of the service{#is 'api'}The API{#is 'console'}The console"
            + "{#is 'file change'}A file changed{#is 'promotion'}An experiment's promotion{#is 'rollback'}A rollback"
            + "{#else}{code}{/when}") String trigger(String code);
    @Message("What changed between two versions") String rules_diff_title();
    @Message("The two versions hold the same files.") String rules_diff_same();
    @Message("A spreadsheet: it changed as a whole.") String rules_diff_binary();
    @Message("{#when change}{#is 'ADDED'}added{#is 'REMOVED'}removed{#is 'CHANGED'}changed{#else}{change}{/when}")
    String file_change(String change);
    @Message("Last step") String last_action();
    @Message("any") String any();
    @Message("Account") String account();
    @Message("Stage and last step are those of the latest nightly triage.") String accounts_triage_note();
    @Message("A stage is a code such as M2, a district six digits.") String accounts_invalid();
    @Message("Stage and step as of the triage of {date}") String accounts_triage_date(Object date);
}
