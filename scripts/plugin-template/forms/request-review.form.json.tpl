{
  "uiSchema": {
    "ui:order": ["customer", "amount", "priority", "comment"],
    "comment": { "ui:widget": "textarea" }
  },
  "labels": {
    "en": {
      "title": "Review a service request",
      "description": "Approve or reject the request; say why.",
      "fields": {
        "/customer": { "label": "Customer" },
        "/amount": { "label": "Amount (CNY)" },
        "/priority": { "label": "Priority", "options": { "normal": "Normal", "high": "High" } },
        "/comment": { "label": "Comment", "help": "At least 3 characters." }
      }
    },
    "zh-CN": {
      "title": "审核服务请求",
      "description": "批准或驳回该请求，并说明理由。",
      "fields": {
        "/customer": { "label": "客户" },
        "/amount": { "label": "金额（元）" },
        "/priority": { "label": "优先级", "options": { "normal": "普通", "high": "高" } },
        "/comment": { "label": "审核意见", "help": "至少 3 个字符。" }
      }
    }
  },
  "steps": {
    "UserTask_ReviewRequest": { "default": "read", "fields": { "/comment": "write" } }
  }
}
