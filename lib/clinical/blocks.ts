/** "1st block", "2nd block", "3rd block", "11th block", "21st block": a block's place in its series. */
export function blockLabel(blockNumber: number): string {
  const lastTwo = blockNumber % 100
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[blockNumber % 10] ?? 'th')
  return `${blockNumber}${suffix} block`
}
