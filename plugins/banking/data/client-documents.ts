/**
 * What a client must bring, per business, as data (digest §2.2.2).
 *
 * - Securities account opening by the securities-firm customer manager stationed in the bank:
 *   "如果是新股民的话,只要带了身份证,银行卡,最好当天营销开户" (`000_8e24495f3205bf16.txt` 第五篇
 *   第二部:展开工作 2, L529): an ID card and a bank card.
 * - Other bank business: the documents the bank's own rules require ("按照规定认真审查客户资料",
 *   `001_9529542b36723db8.txt` 银行客户经理服务规范 第十一条, L398); the seeds list none, so only
 *   the customer manager's review (complete, sufficient, compliant) applies.
 */
export type BusinessType = 'securitiesAccount' | 'bankProduct';
export type DocumentKey = 'idCardPresented' | 'bankCardPresented';

export interface RequiredDocument {
  readonly key: DocumentKey;
  readonly 'zh-CN': string;
  readonly en: string;
}

export const REQUIRED_DOCUMENTS: Record<
  BusinessType,
  { readonly documents: readonly RequiredDocument[]; readonly source: string }
> = {
  securitiesAccount: {
    documents: [
      { key: 'idCardPresented', 'zh-CN': '身份证', en: 'ID card' },
      { key: 'bankCardPresented', 'zh-CN': '银行卡', en: 'Bank card' },
    ],
    source: '000_8e24495f3205bf16.txt 第五篇 第二部:展开工作 2 (L529)',
  },
  bankProduct: {
    documents: [],
    source: '001_9529542b36723db8.txt 银行客户经理服务规范 第十一条 (L398)',
  },
};

/** The rules the review applies, with their sources. */
export const DOCUMENT_RULES = {
  handle: '001_9529542b36723db8.txt 第十一条: 材料完整、齐全、符合规定时,应及时办理 (L398)',
  returnToClient: '001_9529542b36723db8.txt 第十一条: 不符合条件时,应明确告知并将相关资料退还客户 (L398)',
  trueAndComplete: '001_9529542b36723db8.txt 客户经理的工作制度 第七条 1: 严格审查客户资料,确保资料真实、完整 (L464)',
  eligibility: '004_ca65cf65bca3c52c.txt 二、營業過程中 7: 審核申請人是否具有申請資格 (L42)',
} as const;
