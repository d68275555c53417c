/**
 * The studio's rjsf theme, registered once: Ant Design widgets plus the platform's own
 * (`attachment`, `signature`). Schemas name widgets with `ui:widget`.
 */
import { withTheme } from '@rjsf/core';
import { Theme as AntdTheme } from '@rjsf/antd';
import { AttachmentWidget } from './AttachmentWidget';
import { SignatureWidget } from './SignatureWidget';

export const ThemedForm = withTheme({
  ...AntdTheme,
  widgets: { ...AntdTheme.widgets, attachment: AttachmentWidget, signature: SignatureWidget },
});
