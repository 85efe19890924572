// pay 相关的简体中文消息；并入 zh-CN.ts。
import type { payEn } from './pay.en.js';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : T[K] };

export const payZhCN: Widen<typeof payEn> = {
};
