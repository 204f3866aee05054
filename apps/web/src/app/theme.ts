import type { ThemeConfig } from 'antd';

/**
 * Ant Design's defaults with darker text and brand colours: its primary blue (#1677ff) under white text and its
 * secondary grey (45 % black) fall short of WCAG AA contrast (4.5:1), which the accessibility tests check.
 */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    colorLink: '#0958d9',
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    colorTextDisabled: 'rgba(0, 0, 0, 0.5)',
    colorSuccess: '#237804',
    colorError: '#cf1322',
    colorWarning: '#ad4e00',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif",
  },
};
