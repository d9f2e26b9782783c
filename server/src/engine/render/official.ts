/**
 * Words of the official layouts that the format data does not carry because no row or column
 * is named by them. Everything else a rendered table shows comes from the format data.
 */

/** Header of the label column of every 第二十条 sub-table in the official table 二. */
export const TABLE2_LABEL_HEADER = '信息内容';
