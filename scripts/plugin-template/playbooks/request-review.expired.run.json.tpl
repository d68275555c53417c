{
  "description": "nobody reviews a small request for 3 days, so it expires",
  "process": "request-review.bpmn",
  "start": { "variables": { "customer": "Grace Hopper", "amount": 80 } },
  "steps": [{ "advance": "P3D" }],
  "expect": {
    "status": "completed",
    "path": ["ServiceTask_ScoreRequest", "EndEvent_Expired"],
    "notPath": ["UserTask_ReviewRequest", "EndEvent_Approved"],
    "variables": { "priority": "normal" }
  }
}
