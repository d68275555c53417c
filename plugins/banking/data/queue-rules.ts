/**
 * When a queue is escalated, as data (digest §2.1.2 B, §5.2).
 *
 * - `004_ca65cf65bca3c52c.txt` 第一篇 二、營業過程中 6 (L39–40): guidance staff and tellers watch the
 *   customer flow; heavy flow or customers waiting too long → report **immediately** to the
 *   counter supervisor, who **immediately** starts the emergency plan so that the **longest wait
 *   does not exceed 20 minutes** (確保客戶等待時間最長不超過20分鐘).
 * - `003_6bb8784453a9b790.txt` 第二十三条 (L113): heavy flow and a severe queue in the banking hall
 *   → the lobby manager reports to the superior promptly and diverts customers as the outlet
 *   arranges. The standard gives no number for 严重排队; the 20-minute limit of the counter is the
 *   only waiting-time figure in the seeds (digest §7 item 1), so this plugin applies it to both
 *   areas (README, "Ambiguities and choices").
 */
export type QueueArea = 'lobby' | 'counter';
export type EscalationTarget = 'superior' | 'counterSupervisor';

export interface QueueAreaRule {
  readonly reportTo: EscalationTarget;
  readonly action: { readonly 'zh-CN': string; readonly en: string };
  readonly source: string;
}

export const QUEUE_RULES = {
  /** Longest wait allowed, minutes (004 L40). */
  maxWaitMinutes: 20,
  maxWaitSource: '004_ca65cf65bca3c52c.txt 第一篇 二、營業過程中 6 (L40)',
  areas: {
    lobby: {
      reportTo: 'superior',
      action: {
        'zh-CN': '大堂经理及时向上级汇报，根据网点统一安排，做好客户疏导',
        en: 'The lobby manager reports to the superior promptly and diverts customers as the outlet arranges',
      },
      source: '003_6bb8784453a9b790.txt 第六章 第二十三条 (L113)',
    },
    counter: {
      reportTo: 'counterSupervisor',
      action: {
        'zh-CN': '立即报告柜面主管，柜面主管立即启动应急方案',
        en: 'Report immediately to the counter supervisor, who starts the emergency plan at once',
      },
      source: '004_ca65cf65bca3c52c.txt 第一篇 二、營業過程中 6 (L40)',
    },
  } satisfies Record<QueueArea, QueueAreaRule>,
} as const;
