{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "__ID__/request-review",
  "title": "Service request review",
  "type": "object",
  "properties": {
    "customer": { "type": "string", "minLength": 1, "maxLength": 200 },
    "amount": { "type": "number", "minimum": 0 },
    "priority": { "type": "string", "enum": ["normal", "high"] },
    "comment": { "type": "string", "minLength": 3, "maxLength": 2000 }
  },
  "required": ["customer", "amount", "comment"],
  "additionalProperties": false
}
