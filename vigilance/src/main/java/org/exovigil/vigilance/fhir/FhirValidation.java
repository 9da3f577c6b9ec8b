package org.exovigil.vigilance.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Validates resources against the base FHIR R4 profiles (structure, cardinality, types, invariants such
 * as dom-3 and bdl-7, and the required bindings) with HAPI's {@link FhirInstanceValidator}, the
 * validator of HL7's reference implementation, over a {@link ValidationSupportChain} of the R4
 * definitions ({@link DefaultProfileValidationSupport}), the code systems HAPI knows without a server
 * ({@link CommonCodeSystemsTerminologyService}: UCUM, ISO 3166 countries, languages, MIME types) and
 * in-memory expansion of the R4 value sets ({@link InMemoryTerminologyServerValidationSupport}).
 *
 * <p>What is not an error. Terminologies that are licensed or outside FHIR (MedDRA, EDQM, the ICH code
 * lists by OID, Exovigil's own) cannot be checked offline: the validator reports a coding in them as a
 * warning or information, never as an error, and {@link Outcome#warnings()} keeps those messages for
 * whoever wants to read them. Exovigil's extensions ({@code https://exovigil.org/fhir/StructureDefinition/})
 * are declared a custom extension domain, so their lack of a published StructureDefinition is not an
 * error either; other unknown extensions are allowed too, as R4 §2.18 allows them.
 *
 * <p>Building the chain loads the whole R4 specification (a few seconds, tens of megabytes) and the
 * first validation warms its caches, so there is one instance, {@link #shared()}, made on first use;
 * HAPI's {@link FhirValidator} and the chain are thread-safe, so it may be used from any thread.
 */
public final class FhirValidation {

    /**
     * What the validator found: errors (ERROR and FATAL, EXO-1218, each with the FHIRPath of the element
     * and the line when known) and the rest (WARNING and INFORMATION, same form, for reading only).
     */
    public record Outcome(List<Problem> errors, List<Problem> warnings) {
        public Outcome {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }

        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    /** The validator writes {@code Bundle.entry[0].resource/*AdverseEvent/null*}{@code /.event}; the comment goes. */
    private static final Pattern RESOURCE_COMMENT = Pattern.compile("/\\*[^*]*\\*/");

    private final FhirValidator validator;

    private FhirValidation(FhirContext context) {
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(context),
                new CommonCodeSystemsTerminologyService(context),
                new InMemoryTerminologyServerValidationSupport(context));
        FhirInstanceValidator instanceValidator = new FhirInstanceValidator(chain);
        instanceValidator.setAnyExtensionsAllowed(true);
        instanceValidator.setCustomExtensionDomains(FhirCodes.EXTENSION_DOMAIN);
        this.validator = context.newValidator()
                .setValidateAgainstStandardSchema(false)
                .setValidateAgainstStandardSchematron(false)
                .registerValidatorModule(instanceValidator);
    }

    private static final class Holder {
        static final FhirValidation SHARED = new FhirValidation(FhirR4.context());
    }

    /** The one validator of the application, made on first use. */
    public static FhirValidation shared() {
        return Holder.SHARED;
    }

    public Outcome validate(IBaseResource resource) {
        return outcome(validator.validateWithResult(resource));
    }

    /**
     * Parses (with the same hardening as {@link FhirReader}) and validates a body; a body that cannot
     * be parsed is rejected with the parser's problems.
     */
    public Checked<Outcome> validate(String body, FhirFormat format) {
        return FhirParsing.parse(body, format, FhirReader.DEFAULT_SIZE_LIMIT).map(this::validate);
    }

    private static Outcome outcome(ValidationResult result) {
        List<Problem> errors = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        for (SingleValidationMessage message : result.getMessages()) {
            String path = message.getLocationString() == null
                    ? ""
                    : RESOURCE_COMMENT.matcher(message.getLocationString()).replaceAll("");
            String text = message.getLocationLine() == null
                    ? message.getMessage()
                    : "%s (line %d, column %d)"
                            .formatted(message.getMessage(), message.getLocationLine(), message.getLocationCol());
            Problem problem = new Problem(ProblemCode.NOT_VALID_FHIR, path, text);
            if (message.getSeverity() == ResultSeverityEnum.ERROR
                    || message.getSeverity() == ResultSeverityEnum.FATAL) {
                errors.add(problem);
            } else {
                warnings.add(problem);
            }
        }
        return new Outcome(errors, warnings);
    }
}
