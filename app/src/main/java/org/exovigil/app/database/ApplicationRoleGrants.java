package org.exovigil.app.database;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * After every migration, run as the owner: the application role may read and write the tables the
 * migrations made, and no more (OWASP ASVS 4.0.3 1.4.3 least privilege, 7.3.3 protected audit log).
 * The audit log takes inserts only, and the migration history is read-only; being owner of nothing,
 * the role can neither alter a table nor switch off a trigger.
 */
final class ApplicationRoleGrants implements Callback {

    private static final String ROLE = DatabaseSecret.APPLICATION_ROLE;

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String grant : new String[] {
                "grant usage on schema public to " + ROLE,
                "grant select, insert, update, delete on all tables in schema public to " + ROLE,
                "grant usage, select, update on all sequences in schema public to " + ROLE,
                "revoke update, delete, truncate, references, trigger on audit_event from " + ROLE,
                // Evidence and the record of decisions are never altered (issue 20); the triggers refuse it too.
                "revoke update, delete, truncate, trigger on event_evidence, event_proposal, event_case_link,"
                        + " report_verification_proposal from " + ROLE,
                "revoke insert, update, delete, truncate, references, trigger on flyway_schema_history from " + ROLE,
                "revoke create on schema public from public"
            }) {
                statement.execute(grant);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot grant the application role its table rights", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "application-role-grants";
    }
}
