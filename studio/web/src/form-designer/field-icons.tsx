import {
  BorderOuterOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  EditOutlined,
  FieldNumberOutlined,
  FontSizeOutlined,
  PaperClipOutlined,
  TableOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { FieldKind } from './designer-model';

export const FIELD_ICONS: Record<FieldKind, ReactNode> = {
  text: <FontSizeOutlined />,
  number: <FieldNumberOutlined />,
  date: <CalendarOutlined />,
  select: <UnorderedListOutlined />,
  checkbox: <CheckSquareOutlined />,
  table: <TableOutlined />,
  attachment: <PaperClipOutlined />,
  signature: <EditOutlined />,
  section: <BorderOuterOutlined />,
};
