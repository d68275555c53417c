import { describe, expect, it } from 'vitest';
import { contentDisposition } from './attachments.js';

describe('contentDisposition', () => {
  it('should give an ASCII fallback without quotes and the exact UTF-8 name', () => {
    // when
    const header = contentDisposition('attachment', '现场 "报告" (1).pdf');
    // then
    expect(header).toBe(
      `attachment; filename="__ ____ (1).pdf"; filename*=UTF-8''%E7%8E%B0%E5%9C%BA%20%22%E6%8A%A5%E5%91%8A%22%20%281%29.pdf`,
    );
  });
});
