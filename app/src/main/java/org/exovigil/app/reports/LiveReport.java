package org.exovigil.app.reports;

import org.exovigil.app.CaseAt;
import tools.jackson.databind.node.ObjectNode;

/** The current version of a case that is not nullified, with its personal data joined in. */
record LiveReport(CaseAt at, ObjectNode report) {}
