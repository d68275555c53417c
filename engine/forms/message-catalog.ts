/**
 * Submission error messages in every form language, keyed by error code (a JSON Schema
 * keyword or a platform code). `label` is the field's label in the same language.
 */
import type { FormLocale } from './form-model.js';

export interface MessageParams {
  label: string;
  limit?: number | string;
  /** For `type`: the expected JSON type(s). */
  type?: string;
  /** For `format`, `attachmentType`: the expected format or media type. */
  format?: string;
  /** For `dependentRequired`: label of the field that makes this one required. */
  trigger?: string;
}

type Catalog = Record<string, (p: MessageParams) => string>;

const typeNames: Record<FormLocale, Record<string, string>> = {
  en: {
    string: 'text',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'yes or no',
    object: 'a group of fields',
    array: 'a list',
    null: 'empty',
  },
  'zh-CN': {
    string: '文本',
    number: '数字',
    integer: '整数',
    boolean: '是或否',
    object: '字段组',
    array: '列表',
    null: '空值',
  },
};

const typeName = (locale: FormLocale, type: string | undefined) =>
  (type ?? '')
    .split(',')
    .map((t) => typeNames[locale][t] ?? t)
    .join(locale === 'en' ? ' or ' : '或');

const en: Catalog = {
  required: (p) => `${p.label} is required`,
  dependentRequired: (p) => `${p.label} is required when ${p.trigger} is filled in`,
  type: (p) => `${p.label} must be ${typeName('en', p.type)}`,
  enum: (p) => `${p.label} must be one of the offered options`,
  const: (p) => `${p.label} has a value that is not allowed here`,
  minLength: (p) => `${p.label} must be at least ${p.limit} characters long`,
  maxLength: (p) => `${p.label} must be at most ${p.limit} characters long`,
  minimum: (p) => `${p.label} must be at least ${p.limit}`,
  maximum: (p) => `${p.label} must be at most ${p.limit}`,
  exclusiveMinimum: (p) => `${p.label} must be more than ${p.limit}`,
  exclusiveMaximum: (p) => `${p.label} must be less than ${p.limit}`,
  multipleOf: (p) => `${p.label} must be a multiple of ${p.limit}`,
  pattern: (p) => `${p.label} is not in the expected format`,
  format: (p) => `${p.label} must be a valid ${p.format}`,
  minItems: (p) => `${p.label} needs at least ${p.limit} entries`,
  maxItems: (p) => `${p.label} can have at most ${p.limit} entries`,
  uniqueItems: (p) => `${p.label} must not contain the same entry twice`,
  contains: (p) => `${p.label} is missing a required entry`,
  minContains: (p) => `${p.label} needs at least ${p.limit} matching entries`,
  maxContains: (p) => `${p.label} can have at most ${p.limit} matching entries`,
  minProperties: (p) => `${p.label} needs at least ${p.limit} fields filled in`,
  maxProperties: (p) => `${p.label} can have at most ${p.limit} fields filled in`,
  additionalProperties: (p) => `${p.label} is not a field of this form`,
  unevaluatedProperties: (p) => `${p.label} is not a field of this form`,
  unevaluatedItems: (p) => `${p.label} has more entries than allowed`,
  propertyNames: (p) => `${p.label} has a field name that is not allowed`,
  anyOf: (p) => `${p.label} does not match any of the allowed choices`,
  oneOf: (p) => `${p.label} must match exactly one of the allowed choices`,
  not: (p) => `${p.label} has a value that is not allowed`,
  'false schema': (p) => `${p.label} is not allowed`,
  fieldReadOnly: (p) => `${p.label} is read-only at this step`,
  fieldHidden: (p) => `${p.label} cannot be changed at this step`,
  notObject: (p) => `${p.label} must be an object of fields`,
  tooLarge: (p) => `${p.label} is too large (limit ${p.limit} characters)`,
  tooDeep: (p) => `${p.label} is nested too deeply (limit ${p.limit} levels)`,
  tooManyItems: (p) => `${p.label} has too many entries (limit ${p.limit})`,
  tooManyProperties: (p) => `${p.label} has too many fields (limit ${p.limit})`,
  stringTooLong: (p) => `${p.label} is too long (limit ${p.limit} characters)`,
  forbiddenKey: (p) => `${p.label} is a field name that is never accepted`,
  notJson: (p) => `${p.label} is not a JSON value`,
  attachmentNotFound: (p) => `${p.label} refers to a file that does not exist`,
  attachmentType: (p) => `${p.label} must be a file of type ${p.format}`,
  attachmentNotYours: (p) => `${p.label} refers to a file you did not upload`,
  invalid: (p) => `${p.label} is not valid`,
};

const zh: Catalog = {
  required: (p) => `请填写“${p.label}”`,
  dependentRequired: (p) => `填写了“${p.trigger}”时，“${p.label}”为必填项`,
  type: (p) => `“${p.label}”应为${typeName('zh-CN', p.type)}`,
  enum: (p) => `“${p.label}”必须是给定选项之一`,
  const: (p) => `“${p.label}”的值在此处不被允许`,
  minLength: (p) => `“${p.label}”至少需要 ${p.limit} 个字符`,
  maxLength: (p) => `“${p.label}”最多 ${p.limit} 个字符`,
  minimum: (p) => `“${p.label}”不能小于 ${p.limit}`,
  maximum: (p) => `“${p.label}”不能大于 ${p.limit}`,
  exclusiveMinimum: (p) => `“${p.label}”必须大于 ${p.limit}`,
  exclusiveMaximum: (p) => `“${p.label}”必须小于 ${p.limit}`,
  multipleOf: (p) => `“${p.label}”必须是 ${p.limit} 的倍数`,
  pattern: (p) => `“${p.label}”的格式不正确`,
  format: (p) => `“${p.label}”不是有效的 ${p.format}`,
  minItems: (p) => `“${p.label}”至少需要 ${p.limit} 项`,
  maxItems: (p) => `“${p.label}”最多 ${p.limit} 项`,
  uniqueItems: (p) => `“${p.label}”中不能有重复项`,
  contains: (p) => `“${p.label}”缺少必需的项`,
  minContains: (p) => `“${p.label}”至少需要 ${p.limit} 个符合条件的项`,
  maxContains: (p) => `“${p.label}”最多 ${p.limit} 个符合条件的项`,
  minProperties: (p) => `“${p.label}”至少需要填写 ${p.limit} 个字段`,
  maxProperties: (p) => `“${p.label}”最多填写 ${p.limit} 个字段`,
  additionalProperties: (p) => `“${p.label}”不是此表单的字段`,
  unevaluatedProperties: (p) => `“${p.label}”不是此表单的字段`,
  unevaluatedItems: (p) => `“${p.label}”的项数超出允许范围`,
  propertyNames: (p) => `“${p.label}”含有不允许的字段名`,
  anyOf: (p) => `“${p.label}”不符合任何允许的选项`,
  oneOf: (p) => `“${p.label}”必须且只能符合一个允许的选项`,
  not: (p) => `“${p.label}”的值不被允许`,
  'false schema': (p) => `“${p.label}”不被允许`,
  fieldReadOnly: (p) => `“${p.label}”在此步骤为只读`,
  fieldHidden: (p) => `“${p.label}”在此步骤不可修改`,
  notObject: (p) => `“${p.label}”必须是字段对象`,
  tooLarge: (p) => `“${p.label}”内容过大（上限 ${p.limit} 个字符）`,
  tooDeep: (p) => `“${p.label}”嵌套层级过深（上限 ${p.limit} 层）`,
  tooManyItems: (p) => `“${p.label}”的项数过多（上限 ${p.limit}）`,
  tooManyProperties: (p) => `“${p.label}”的字段过多（上限 ${p.limit}）`,
  stringTooLong: (p) => `“${p.label}”过长（上限 ${p.limit} 个字符）`,
  forbiddenKey: (p) => `“${p.label}”是不被接受的字段名`,
  notJson: (p) => `“${p.label}”不是 JSON 值`,
  attachmentNotFound: (p) => `“${p.label}”引用的文件不存在`,
  attachmentType: (p) => `“${p.label}”必须是 ${p.format} 类型的文件`,
  attachmentNotYours: (p) => `“${p.label}”引用了不是您上传的文件`,
  invalid: (p) => `“${p.label}”无效`,
};

export const messageCatalogs: Record<FormLocale, Catalog> = { en, 'zh-CN': zh };

/** The wording used when a pointer has no label: the whole form, or a field by its last segment. */
export const formWord: Record<FormLocale, string> = { en: 'The form', 'zh-CN': '表单' };
