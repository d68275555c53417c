/**
 * The new services whose use a key-account manager analyses before a visit, in the document's
 * order: "了解客户新业务的使用情况，包括集团产品、行业应用、点对点短信、GPRS、彩信、IP业务、移动秘书、
 * 信息点播、梦网短信等，了解客户新业务的使用比率".
 * Seed `001_9529542b36723db8.txt` slide deck → 服务过程 (L646). Digest §3.3.2 step 3, §4.3.3 tel.ka.prep.6.
 */
export const NEW_SERVICES = [
  { id: 'groupProducts', 'zh-CN': '集团产品', en: 'Group products' },
  { id: 'industryApplications', 'zh-CN': '行业应用', en: 'Industry applications' },
  { id: 'p2pSms', 'zh-CN': '点对点短信', en: 'Point-to-point SMS' },
  { id: 'gprs', 'zh-CN': 'GPRS', en: 'GPRS' },
  { id: 'mms', 'zh-CN': '彩信', en: 'MMS' },
  { id: 'ipService', 'zh-CN': 'IP业务', en: 'IP services' },
  { id: 'mobileSecretary', 'zh-CN': '移动秘书', en: 'Mobile secretary' },
  { id: 'infoOnDemand', 'zh-CN': '信息点播', en: 'Information on demand' },
  { id: 'monternetSms', 'zh-CN': '梦网短信', en: 'Monternet SMS' },
] as const;

/** The same ids as a tuple, for schemas (`enum`). */
export const NEW_SERVICE_IDS = [
  'groupProducts',
  'industryApplications',
  'p2pSms',
  'gprs',
  'mms',
  'ipService',
  'mobileSecretary',
  'infoOnDemand',
  'monternetSms',
] as const;
export type NewServiceId = (typeof NEW_SERVICE_IDS)[number];

/** Call volume is split as the BOSS statistics split it: long-distance, local, inter-zone (长途、市话、区间), L646. */
export const CALL_CATEGORIES = ['longDistance', 'local', 'interZone'] as const;
export type CallCategory = (typeof CALL_CATEGORIES)[number];
