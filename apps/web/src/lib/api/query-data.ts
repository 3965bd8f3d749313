/** The data type a query option factory resolves to, read off its queryFn (never typed by hand). */
export type QueryData<F extends (...args: never[]) => { queryFn?: unknown }> = Awaited<
  ReturnType<Extract<ReturnType<F>['queryFn'], (...args: never[]) => unknown>>
>;
