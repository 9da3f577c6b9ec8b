package org.exovigil.vigilance.model;

/**
 * A document included in the message: C.1.6.1.r.2 for a document the sender holds, C.4.r.2 for a literature
 * reference (an ED of HL7 v3, as the IG lays it out).
 *
 * @param mediaType   e.g. {@code application/pdf}; HL7's default is {@code text/plain}
 * @param compression HL7's compression of the content (e.g. {@code DF} deflate); null when none
 * @param fileName    the reference the sender gave it (e.g. {@code autopsy.pdf}); null when none
 * @param base64      the content, Base64 as sent with its line breaks removed (RFC 4648 §3.3 ignores them);
 *                    null when only the file is named
 */
public record Attachment(String mediaType, String compression, String fileName, String base64) {

    /** Null when nothing is known. */
    public static Attachment of(String mediaType, String compression, String fileName, String base64) {
        String content = base64 == null ? null : ElementRules.trimmedOrNull(base64.replaceAll("\\s+", ""));
        String name = ElementRules.trimmedOrNull(fileName);
        return content == null && name == null
                ? null
                : new Attachment(
                        ElementRules.trimmedOrNull(mediaType), ElementRules.trimmedOrNull(compression), name, content);
    }

    /**
     * Which document of the case an attachment is: the {@code index}-th document held by the sender (C.1.6.1.r) or
     * literature reference (C.4.r). A place, not a title: two documents may share a title.
     */
    public record Place(Part part, int index) {

        public Place {
            if (index < 0) {
                throw new IllegalArgumentException("index starts at 0, got " + index);
            }
        }
    }

    /** C.1.6.1.r.2 or C.4.r.2. */
    public enum Part implements Coded {
        DOCUMENT("document"),
        LITERATURE("literature");

        private final String code;

        Part(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }
}
