import type { ThemeConfig } from 'antd';

/**
 * Ant Design's defaults with darker text and brand colours: its primary blue (#1677ff) under white text and its
 * secondary grey (45 % black) fall short of WCAG AA contrast (4.5:1), which the accessibility tests check.
 */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    // Ant derives lighter hover/active shades; under white text they must keep 4.5:1 too.
    colorPrimaryHover: '#003eb3',
    colorPrimaryActive: '#002c8c',
    colorLinkHover: '#003eb3',
    colorLink: '#0958d9',
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    colorTextDisabled: 'rgba(0, 0, 0, 0.5)',
    // Text in these colours (form errors, status text) needs 4.5:1 on white; their backgrounds stay light.
    colorError: '#cf1322',
    colorErrorHover: '#a8071a',
    colorErrorActive: '#820014',
    colorErrorBg: '#fff1f0',
    colorErrorBorder: '#ffa39e',
    colorSuccess: '#237804',
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarning: '#ad4e00',
    colorWarningBg: '#fffbe6',
    colorWarningBorder: '#ffe58f',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif",
  },
};
