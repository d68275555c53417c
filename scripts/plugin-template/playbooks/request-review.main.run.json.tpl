{
  "description": "a large request is scored high and approved by a manager",
  "process": "request-review.bpmn",
  "start": { "variables": { "customer": "Ada Lovelace", "amount": 1200 }, "startedBy": "clerk" },
  "steps": [
    {
      "task": "UserTask_ReviewRequest",
      "actor": "manager",
      "expectCandidateGroups": ["managers"],
      "complete": { "data": { "comment": "Invoice checked, fine." }, "outcome": "approve" }
    }
  ],
  "expect": {
    "status": "completed",
    "path": ["ServiceTask_ScoreRequest", "UserTask_ReviewRequest", "EndEvent_Approved"],
    "notPath": ["EndEvent_Rejected", "EndEvent_Expired"],
    "variables": { "priority": "high", "comment": "Invoice checked, fine.", "outcome": "approve" }
  }
}
