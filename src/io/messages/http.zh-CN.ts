// http 相关的简体中文消息；并入 zh-CN.ts。
import type { httpEn } from './http.en.js';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : T[K] };

export const httpZhCN: Widen<typeof httpEn> = {
};
