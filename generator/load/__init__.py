"""The load stage: content files read with positions (files), checked against the one set of field
definitions (schema, json_schema, validate), their Markdown parsed once (markdown), and each file's record
memoised by its bytes (sources). Nothing here knows about other files: cross-file rules live in model/."""
