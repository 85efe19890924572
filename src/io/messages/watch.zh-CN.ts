// watch 相关的简体中文消息；并入 zh-CN.ts。
import type { watchEn } from './watch.en.js';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : T[K] };

export const watchZhCN: Widen<typeof watchEn> = {
};
