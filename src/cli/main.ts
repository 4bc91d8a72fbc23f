export async function main(argv: readonly string[]): Promise<number> {
  console.log('atlas', argv.join(' '));
  return 0;
}
