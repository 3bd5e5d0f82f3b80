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
    @Message("Too many failed sign-ins: try again in {seconds} seconds.") String login_slowed(long seconds);
    @Message("Too many failed sign-ins: signing in is locked until {time} ({zone}). Ask an administrator if you"
            + " need in sooner.") String login_locked(String time, String zone);
    @Message("You have signed out.") String login_signed_out();
    @Message("{#when kind}{#is 'token'}This form cannot be sent{#is 'missing'}No such page{#is 'unreadable'}The form"
            + " could not be read{#else}Something went wrong{/when}") String problem_title(String kind);
    @Message("{#when kind}{#is 'token'}The form has expired or did not come from this console (for example after"
            + " signing in again). Go back, load the page again and send it once more."
            + "{#is 'missing'}The console has no page at this address. Start again from the home page."
            + "{#is 'unreadable'}Something in the form could not be read. Go back, check what you entered and send"
            + " it again.{#else}The console could not do this just now; nothing was changed. Try again in a moment,"
            + " and if it keeps happening tell the service's operators.{/when}") String problem_text(String kind);
    @Message("Sign out") String logout();
    @Message("Signed in as") String signed_in();
    @Message("中文") String language_other();
    @Message("Home") String nav_home();
    @Message("What would you like to do?") String home_intro();
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
    @Message("{#when code}{#is 'SMS'}SMS{#is 'CALL'}Call{#is 'HOME_VISIT'}Home visit{#is 'AGENCY_PLACEMENT'}"
            + "Collection agency{#is 'LEGAL_ACTION'}Legal action{#is 'NONE'}No action{#else}{code}{/when}") String action(String code);
    @Message("Why") String reason();
    @Message("Decided by the rule") String rule();
    @Message("Not before") String not_before();
    @Message("Rules that fired, in the engine's order") String fired_rules();
    @Message("Held back") String suppressed();
    @Message("Relief offered") String offers();
    @Message("Tasks") String tasks();
    @Message("Credit report") String credit_report();
    @Message("Behavioural score") String score();
    @Message("chance of rolling forward {percent}, {band}; what raised it: {reasons}")
    String score_said(String percent, String band, String reasons);
    @Message("Experiment {id}, {#when arm}{#is 'CHAMPION'}champion (the live rules){#is 'CHALLENGER'}challenger"
            + "{#else}{arm}{/when}") String experiment_arm(String id, String arm);
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
    @Message("{#when code}{#is 'daysPastDue'}days past due{#is 'overdueAmount'}overdue amount"
            + "{#is 'outstandingBalance'}outstanding balance{#else}a value{/when}") String fact(String code);
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
            + "{#is 'promote'}promoted; its challenger is the live rule set.{#is 'start'}started; its share of"
            + " accounts is decided by the challenger from its first day.{#else}{done}{/when}")
    String experiment_done(String id, String done);
    @Message("Experiment {id} was not changed: {#when status}{#is 404}there is no such experiment{#is 409}its state"
            + " does not allow it now (it has not ended yet, or it no longer runs){#is 422}its challenger did not pass"
            + " the rules check{#is 503}the database did not answer; try again{#else}the service refused it{/when}.")
    String experiment_refused(String id, int status);
    @Message("Experiment {id}:") String report_title(Object id);
    @Message("Start an experiment") String experiment_start_title();
    @Message("The challenger must pass the same checks as a reload (it compiles, every scenario passes) and change"
            + " something; one experiment runs at a time.") String experiment_start_note();
    @Message("What the challenger changes") String experiment_start_name();
    @Message("Challenger (a folder of the candidates directory)") String experiment_start_challenger();
    @Message("the live rules (only the score model changes)") String experiment_start_live_rules();
    @Message("Challenger's score model") String experiment_start_score_model();
    @Message("as the champion's (the live model, if any)") String experiment_start_no_score_model();
    @Message("Share of accounts (%)") String experiment_start_share();
    @Message("First day") String experiment_start_from();
    @Message("Last day") String experiment_start_until();
    @Message("Outcomes after (days)") String experiment_start_horizon();
    @Message("Start") String experiment_start();
    @Message("Start this experiment? Its share of accounts is decided by the challenger from its first day.")
    String confirm_start_experiment();
    @Message("The experiment was not started: {#when status}{#is 409}another experiment is running; stop it first"
            + "{#is 422}some values are refused (below){#is 503}the database did not answer; try again"
            + "{#else}the service refused it{/when}.") String experiment_not_started(int status);
    @Message("{#when field}{#is 'name'}what the challenger changes (1 to 100 characters){#is 'challengerDirectory'}"
            + "the challenger: {#if rulesCheck}it does not pass the rules check{#else}not one of the candidate folders,"
            + " or it changes nothing{/if}{#is 'sharePercent'}the share"
            + " (0.01 to 50, in steps of 0.01){#is 'startsOn'}the first day (today or later){#is 'endsOn'}the last day"
            + " (on or after the first, within a year){#is 'horizonDays'}the horizon (one of those offered)"
            + "{#else}a value{/when}") String design_field(String field, boolean rulesCheck);
    @Message("Status") String report_status();
    @Message("Runs") String report_dates();
    @Message("Share of accounts given to the challenger") String report_share();
    @Message("Outcomes read") String report_horizon();
    @Message("{days} days after each account's first decision; the last complete on {date}")
    String report_horizon_value(int days, Object date);
    @Message("Champion (the live rules)") String report_champion_version();
    @Message("Challenger") String report_challenger_version();
    @Message("Challenger's score model (the champion's accounts are scored by the live model, if any)")
    String report_challenger_score_model();
    @Message("Reported on") String report_on();
    @Message("Verdict") String report_verdict();
    @Message("{#when code}{#is 'NOT_YET'}Not yet: no winner is called before the end and the horizon"
            + "{#is 'CHALLENGER_CURES_MORE'}The challenger cures more accounts"
            + "{#is 'CHAMPION_CURES_MORE'}The champion (the live rules) cures more accounts"
            + "{#is 'CHALLENGER_CAUSES_MORE_COMPLAINTS'}The challenger causes more complaints: keep the champion"
            + "{#is 'NO_SIGNIFICANT_DIFFERENCE'}No significant difference in cures{#else}{code}{/when}")
    String verdict(String code);
    @Message("{#when code}{#is 'STOPPED_EARLY'}The experiment was stopped on {a}, before its end: no verdict"
            + "{#is 'STILL_RUNNING'}The experiment runs until {a}: no winner is called before its end"
            + "{#is 'OUTCOMES_PENDING'}The {a}-day horizon of the last decisions passes on {b}: the outcomes are not"
            + " all in yet{#is 'SMALL_ARM'}The {#if a == 'CHAMPION'}champion{#else}challenger{/if} arm has {b}"
            + " accounts, fewer than {c}: a real difference may go unseen{#is 'UNMEASURED'}{a} accounts of the"
            + " {#if b == 'CHAMPION'}champion{#else}challenger{/if} arm have no outcome at {c} days yet{#else}{code}"
            + "{/when}") String caution(String code, String a, String b, String c);
    @Message("The arms") String report_arms();
    @Message("{#when arm}{#is 'CHAMPION'}Champion{#is 'CHALLENGER'}Challenger{#else}{arm}{/when}")
    String arm(String arm);
    @Message("Accounts") String report_accounts();
    @Message("Decisions") String report_decisions();
    @Message("Accounts measured") String report_measured();
    @Message("Cured") String report_cured();
    @Message("Rolled forward") String report_rolled_forward();
    @Message("Promises made") String report_promises_made();
    @Message("Promises kept") String report_promises_kept();
    @Message("Accounts with a complaint") String report_with_complaint();
    @Message("Amount paid") String report_amount_paid();
    @Message("Contacts") String report_contacts();
    @Message("Challenger against champion") String report_comparison();
    @Message("Measure") String report_measure();
    @Message("Difference") String report_difference();
    @Message("95% interval") String report_interval();
    @Message("p-value") String report_p_value();
    @Message("Significant") String report_significant();
    @Message("{#when code}{#is 'cureRate'}Cure rate (back to current){#is 'rollForwardRate'}Roll-forward rate"
            + "{#is 'promiseKeptRate'}Promises kept{#is 'complaintsPer1000'}Complaints per 1,000 accounts"
            + "{#is 'amountPaidPerAccount'}Amount paid per account{#is 'contactsPerAccount'}Contacts per account"
            + "{#else}{code}{/when}") String measure(String code);
    @Message("{low} to {high}") String report_range(String low, String high);
    @Message("Each line is a difference (challenger minus champion) with its 95% interval, each measure on its own"
            + " scale; the grey line is no difference.") String report_chart_note();
    @Message("You may not open this page with your role.") String forbidden();
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
    @Message("Fingerprint (SHA-256)") String rules_fingerprint();
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
    @Message("Scenarios") String scenarios_title();
    @Message("{passed} of {total} scenarios pass against the live rules.")
    String scenarios_passed(int passed, int total);
    @Message("Version") String version();
    @Message("Run them") String scenarios_run();
    @Message("Result") String scenarios_result();
    @Message("passes") String scenarios_pass();
    @Message("fails") String scenarios_fail();
    @Message("{#when id}{#is 'accounts'}Why this step{#is 'rules'}The live rules{#is 'scenarios'}Scenarios"
            + "{#is 'simulation'}Simulation{#is 'triage'}Nightly triage{#is 'outcomes'}Outcomes{#is 'experiments'}"
            + "Experiments{#is 'agencies'}Collection agencies{#else}{id}{/when}") String nav(String id);
    @Message("{#when id}{#is 'accounts'}Find an account and see why it got its step: every rule that fired, in order."
            + "{#is 'rules'}The rule set the service decides with, its history, what changed, a reload and a rollback."
            + "{#is 'scenarios'}Every scenario with its result against the live rules; filter by file, rule and policy"
            + " line.{#is 'simulation'}What a candidate rule set would change across the portfolio, run in the"
            + " background.{#is 'triage'}The night's runs: progress, capacity and use, work lists to download, imports"
            + " and their rejects.{#is 'outcomes'}Roll rates between two dates as a heat map, and what each step led"
            + " to.{#is 'experiments'}Champion/challenger experiments and their reports.{#is 'agencies'}The collection"
            + " agencies: their standing, who changed it and why, and how each did with the accounts placed with it."
            + "{#else}{id}{/when}") String home_section(String id);
    @Message("Compare a candidate rules directory on the server with the live rules over every stored account, as of a"
            + " date. It runs in the background; nothing is stored.") String simulation_intro();
    @Message("The simulation was not started:") String simulation_refused();
    @Message("Candidate rule set (a folder of the candidates directory)") String simulation_candidate();
    @Message("As of") String simulation_date();
    @Message("Start the simulation") String simulation_start();
    @Message("Recent simulations") String simulation_recent();
    @Message("No simulation yet.") String simulation_none();
    @Message("User") String user_column();
    @Message("{#when state}{#is 'WAITING'}Waiting{#is 'RUNNING'}Running{#is 'DONE'}Done{#is 'FAILED'}Failed"
            + "{#is 'COMPLETED'}Completed{#else}{state}{/when}") String job_state(String state);
    @Message("Simulation {id}") String simulation_job(long id);
    @Message("Finished") String finished_at();
    @Message("{processed} of {total} accounts") String progress(int processed, int total);
    @Message("The simulation failed; the log names the account and the reason.") String simulation_failed();
    @Message("{changed} of {accounts} accounts would be decided differently.")
    String simulation_changed(int changed, int accounts);
    @Message("Next step: now and with the candidate") String simulation_matrix();
    @Message("Rows: the step now; columns: with the candidate. Click a changed cell to see sample accounts.")
    String simulation_matrix_note();
    @Message("Now") String simulation_now();
    @Message("With the candidate") String simulation_with();
    @Message("Accounts that could not be decided") String simulation_rejected();
    @Message("From {from} to {to}: sample accounts") String simulation_cell(String from, String to);
    @Message("Business date") String triage_date();
    @Message("Start or resume") String triage_start();
    @Message("A completed date is not run again; an interrupted one carries on where it stopped.")
    String triage_start_note();
    @Message("Runs") String triage_runs();
    @Message("No run yet.") String triage_none();
    @Message("Progress") String triage_progress();
    @Message("Could not be decided") String triage_errors();
    @Message("Started") String triage_started();
    @Message("Triage of {date}") String triage_of(Object date);
    @Message("Next steps") String triage_actions();
    @Message("Capacity and use") String triage_capacity();
    @Message("No team had a limited capacity that day.") String triage_unlimited();
    @Message("Team") String triage_team();
    @Message("Capacity") String triage_capacity_col();
    @Message("Asked for") String triage_asked();
    @Message("Worked") String triage_worked();
    @Message("Stepped down") String triage_stepped();
    @Message("Use") String triage_use();
    @Message("no limit") String triage_no_limit();
    @Message("Held back, by reason") String triage_holds();
    @Message("Work lists to download") String triage_downloads();
    @Message("{#when file}{#is 'sms.csv'}for the SMS gateway{#is 'calls.csv'}for the dialer{#is 'visits.csv'}for the"
            + " visit teams{#is 'legal.csv'}for the legal team{#is 'tasks.csv'}tasks for case workers{#is 'offers.csv'}"
            + "relief to offer{#is 'held.csv'}accounts held back, with why{#is 'errors.csv'}accounts that could not be"
            + " decided{#else}{file}{/when}") String file_meaning(String file);
    @Message("Glossary") String glossary();
    @Message("Code") String glossary_term();
    @Message("Meaning") String glossary_meaning();
    @Message("{#when code}{#is 'NONE'}nothing is done today{#is 'SMS'}a reminder by text message{#is 'CALL'}a call"
            + " from the collections team{#is 'HOME_VISIT'}a visit by the field team{#is 'AGENCY_PLACEMENT'}the account goes"
            + " to a licensed collection agency{#is 'LEGAL_ACTION'}the file goes to"
            + " the legal team{#else}{code}{/when}") String action_meaning(String code);
    @Message("The stage: M0 nothing overdue, M1 the first month past due, M2 the second, and so on (the days of each"
            + " are set in the rules, stages.drl).")
    String stage_meaning();
    @Message("{#when code}{#is 'DECEASED'}the customer has died{#is 'OPEN_DISPUTE'}an open dispute"
            + "{#is 'REGULATOR_COMPLAINT'}a complaint through the regulator{#is 'OPEN_COMPLAINT'}an open complaint"
            + "{#is 'ACTIVE_ARRANGEMENT'}a repayment arrangement is kept{#is 'ARRANGEMENT_AT_RISK'}an arrangement at"
            + " risk{#is 'HARDSHIP'}hardship relief{#is 'HARDSHIP_PENDING'}hardship being assessed{#is 'PROMISE_PENDING'}"
            + "a promise to pay not yet due{#is 'PLAN_NEGOTIATION'}a plan being negotiated{#is 'VULNERABLE_CUSTOMER'}a"
            + " vulnerable customer{#is 'CUSTOMER_OPT_OUT'}the customer opted out of the channel"
            + "{#is 'PLACED_WITH_AGENCY'}placed with a collection agency{#else}{code}{/when}")
    String hold(String code);
    @Message("Imports") String imports_title();
    @Message("Extract (a folder in the inbound directory)") String imports_extract();
    @Message("Positions of") String imports_date();
    @Message("Import") String imports_start();
    @Message("No import yet.") String imports_none();
    @Message("Rows") String imports_rows();
    @Message("Rejected") String imports_rejected();
    @Message("Accepted") String imports_accepted();
    @Message("Changed") String imports_changed();
    @Message("First rejects") String imports_first_rejects();
    @Message("download the rejects") String imports_download_rejects();
    @Message("Extract {extract} imported (positions of {date})") String imports_done(String extract, Object date);
    @Message("How") String imports_mode();
    @Message("The licensed collection agencies the bank hands long-overdue accounts to (policy lines AG1-AG7): the"
            + " nightly triage places accounts with them within their capacity and recalls them when the law or the"
            + " customer's situation requires.") String agencies_intro();
    @Message("No agency is contracted yet (POST /api/v1/agencies).") String agencies_none();
    @Message("Agency {id}'s standing was changed.") String agency_done(Object id);
    @Message("Choose a standing: active, suspended or ended.") String agency_refused_status();
    @Message("Say why, in a few words: the reason is kept with the change.") String agency_refused_reason();
    @Message("No agency {id}.") String agency_missing(Object id);
    @Message("Agency") String agency_name();
    @Message("Licence number") String agency_licence();
    @Message("Districts") String agency_regions();
    @Message("every district") String agency_every_region();
    @Message("Capacity (accounts)") String agency_capacity();
    @Message("Fee") String agency_fee();
    @Message("Contract") String agency_contract();
    @Message("Standing") String agency_status();
    @Message("Last changed (by, why)") String agency_changed();
    @Message("{#when code}{#is 'ACTIVE'}Active{#is 'SUSPENDED'}Suspended{#is 'ENDED'}Contract ended{#else}{code}{/when}")
    String agency_state(String code);
    @Message("Why (kept)") String agency_reason();
    @Message("added to the agencies") String agency_created();
    @Message("Change") String agency_change();
    @Message("Change the standing of {name}? A suspended or ended agency's accounts come back the next night.")
    String confirm_agency(String name);
    @Message("How the agencies did, {horizon} days after each placement") String agency_league(int horizon);
    @Message("Only placements whose horizon has passed; recovered: payments between the placement and its recall or"
            + " horizon; cured: back to no days past due.") String agency_league_note();
    @Message("Placements") String agency_placements();
    @Message("Balance placed") String agency_placed_balance();
    @Message("Recovered") String agency_recovered();
    @Message("Recovered of the balance") String agency_recovery_rate();
    @Message("Cured") String agency_cure_rate();
    @Message("Complaints per 1,000") String agency_complaints();
    @Message("Fee earned") String agency_fee_earned();
    @Message("keeping the account id (only where the case needs it)") String save_scenario_with_id();
    @Message("Stop experiment {id}? Every account goes back to the live rules.") String confirm_stop(Object id);
    @Message("Put the challenger of experiment {id} live for every account?") String confirm_promote(Object id);
    @Message("Put rule set {version} live again for every account?") String confirm_rollback(String version);
    @Message("Start (or resume) the nightly triage of this date? Its work lists go to the teams.") String confirm_start_run();
    @Message("Loading and checking the rules: compiling them and running every scenario usually takes 5 to 30 seconds."
            + " The page comes back by itself.") String wait_reload();
    @Message("Compiling the candidate rules; the simulation then runs in the background.") String wait_compile();
    @Message("Importing the extract: a large one takes a minute or more. The page comes back by itself.")
    String wait_import();
    @Message("No candidate rule set is in the candidates directory yet: put one there (a complete rules directory"
            + " with its scenarios).") String simulation_no_candidates();
    @Message("{date} is after today ({today}): a night is triaged on its date or after it, never ahead.")
    String triage_future(String date, String today);
    @Message("{#when code}{#is 'FULL'}Full extract of the day (replaces every position of the date)"
            + "{#is 'DELTA'}Correction (replaces only the accounts in the file){#else}{code}{/when}")
    String imports_mode_of(String code);
    @Message("Import even if the extract holds far fewer accounts than the date had") String imports_force();
    @Message("No extract folder is waiting in the inbound directory.") String imports_no_extracts();
    @Message("Positions of the date before the import") String imports_positions_before();
    @Message("Positions of the date after the import") String imports_positions_after();
    @Message("The extract holds {rows} accounts, fewer than {percent}% of the {positions} accounts with a position on"
            + " {date}. A full extract replaces every position of its date, so the other accounts would count as gone."
            + " Import the complete extract, import this one as a correction, or tick \"import even if\" to replace"
            + " the date's positions anyway.") String imports_too_few(int rows, int percent, int positions, String date);
    @Message("Horizon (days)") String outcomes_horizon();
    @Message("Show") String outcomes_show();
    @Message("Choose two dates, the first before the second.") String outcomes_invalid();
    @Message("Roll rates from {from} to {to}") String outcomes_roll_rates(Object from, Object to);
    @Message("{accounts} accounts had a position on the first date. Rows: the stage then; columns: the stage on the"
            + " second date; each cell darker the larger its share of the row.") String outcomes_roll_note(int accounts);
    @Message("Gone") String outcomes_gone();
    @Message("Accounts") String outcomes_accounts();
    @Message("Roll forward") String outcomes_roll_forward();
    @Message("Cure") String outcomes_cure();
    @Message("What each next step led to, {days} days later") String outcomes_by_action(int days);
    @Message("No decision of these dates has reached its horizon yet.") String outcomes_none();
    @Message("Decisions") String outcomes_decisions();
    @Message("Amount paid") String outcomes_paid();
    @Message("Promises kept") String outcomes_promises();
    @Message("Complaints per 1,000") String outcomes_complaints();
    @Message("Contacts per account") String outcomes_contacts();
    @Message("Times are local, in {zone}.") String times_in(String zone);
    @Message("The extract {extract} was not imported:") String imports_refused(String extract);
    @Message("No finished import {id}.") String imports_unknown(long id);

    // the account's file (what a collector reads before acting)
    @Message("The customer") String file_customer();
    @Message("Risk grade") String file_risk_grade();
    @Message("{#when code}{#is 'LOW'}Low{#is 'MEDIUM'}Medium{#is 'HIGH'}High{#else}{code}{/when}")
    String risk_grade(String code);
    @Message("Deceased") String file_deceased();
    @Message("Vulnerable customer") String file_vulnerable();
    @Message("Address verified") String file_address_verified();
    @Message("Phone reachable") String file_phone_reachable();
    @Message("Told before credit reporting") String file_credit_report_notified();
    @Message("Opted out of") String file_do_not_contact();
    @Message("Told of a placement with an agency on") String file_placement_notified();
    @Message("{#if value}yes{#else}no{/if}") String yes_no(boolean value);
    @Message("Positions over time") String file_positions();
    @Message("Business date") String file_business_date();
    @Message("Contacts") String file_contacts();
    @Message("When") String file_when();
    @Message("Channel") String file_channel();
    @Message("Outcome") String file_outcome();
    @Message("{#when code}{#is 'SMS'}Text message{#is 'CALL'}Call{#is 'HOME_VISIT'}Home visit{#is 'LETTER'}Letter"
            + "{#else}{code}{/when}") String contact_channel(String code);
    @Message("{#when code}{#is 'DELIVERED'}Delivered{#is 'NO_ANSWER'}No answer{#is 'CONTACTED'}Spoke to the customer"
            + "{#is 'PROMISE_TO_PAY'}Promised to pay{#is 'REFUSED'}Refused to pay{#is 'WRONG_NUMBER'}Wrong number"
            + "{#is 'NOT_HOME'}Not at home{#is 'PLAN_REQUESTED'}Asked for a repayment plan{#else}{code}{/when}")
    String contact_outcome(String code);
    @Message("Payments") String file_payments();
    @Message("Amount") String file_amount();
    @Message("{#when code}{#is 'BANK_TRANSFER'}Bank transfer{#is 'AUTODEBIT'}Automatic debit{#is 'CARD'}Card"
            + "{#is 'CASH'}Cash{#is 'AGENCY'}Collected by an agency{#is 'OTHER'}Other{#else}{code}{/when}")
    String payment_channel(String code);
    @Message("Promises to pay") String file_promises();
    @Message("Due") String file_due();
    @Message("Status") String file_status();
    @Message("{#when code}{#is 'PENDING'}Not yet due{#is 'KEPT'}Kept{#is 'BROKEN'}Broken{#else}{code}{/when}")
    String promise_status(String code);
    @Message("Repayment arrangements") String file_arrangements();
    @Message("Kind") String file_kind();
    @Message("Signed") String file_signed();
    @Message("Months") String file_months();
    @Message("Next instalment") String file_next_due();
    @Message("Missed instalments") String file_missed();
    @Message("Broken by the bank") String file_broken_by_bank();
    @Message("{#when code}{#is 'INSTALLMENT'}Instalments{#is 'DEFERRAL'}Deferral{#else}{code}{/when}")
    String arrangement_type(String code);
    @Message("{#when code}{#is 'ACTIVE'}In force{#is 'COMPLETED'}Completed{#is 'BROKEN'}Broken{#else}{code}{/when}")
    String arrangement_status(String code);
    @Message("Hardship cases") String file_hardships();
    @Message("Why") String file_why();
    @Message("Temporary") String file_temporary();
    @Message("Declared") String file_declared();
    @Message("{#when code}{#is 'UNEMPLOYMENT'}Lost their job{#is 'SERIOUS_ILLNESS'}Serious illness"
            + "{#is 'NATURAL_DISASTER'}Natural disaster{#is 'DEATH_IN_FAMILY'}A death in the family"
            + "{#is 'INCOME_REDUCTION'}Income fell{#is 'OTHER'}Other{#else}{code}{/when}")
    String hardship_reason(String code);
    @Message("{#when code}{#is 'DECLARED'}Declared, being assessed{#is 'VERIFIED'}Verified{#is 'REJECTED'}Not"
            + " accepted{#else}{code}{/when}") String hardship_status(String code);
    @Message("Disputes") String file_disputes();
    @Message("Complaints") String file_complaints();
    @Message("Opened") String file_opened();
    @Message("Closed") String file_closed();
    @Message("Through the regulator") String file_via_regulator();
    @Message("{#when code}{#is 'OPEN'}Open{#is 'CLOSED'}Closed{#else}{code}{/when}") String case_status(String code);
    @Message("Placements with collection agencies") String file_placements();
    @Message("Agency") String file_agency();
    @Message("Placed") String file_placed();
    @Message("Until") String file_until();
    @Message("Recalled") String file_recalled();
    @Message("{#when code}{#is 'OPEN_DISPUTE'}a dispute was opened{#is 'OPEN_COMPLAINT'}a complaint was opened"
            + "{#is 'HARDSHIP_DECLARED'}hardship was declared{#is 'ACTIVE_ARRANGEMENT'}an arrangement came into force"
            + "{#is 'VULNERABLE_CUSTOMER'}the customer is vulnerable{#is 'DECEASED'}the customer died"
            + "{#is 'PAID'}nothing is overdue any more{#is 'AGENCY_SUSPENDED'}the agency was suspended"
            + "{#is 'AGENCY_ENDED'}the agency's contract ended{#is 'PLACEMENT_ENDED'}the term of the placement ended"
            + "{#else}{code}{/when}") String recall_reason(String code);
    @Message("None recorded.") String file_none();
    @Message("Business date {date}") String business_date_of(java.time.LocalDate date);
    @Message("(decided {at})") String decided_when(String at);
    @Message("Download this table for a spreadsheet (CSV, opens in Excel)") String export_file();
}
