/** Prices as the card gives them: converted prices are exact (never rounded by the API), so up to 10 decimals show. */
export function priceFormatter(currency: string): (price: number) => string {
  try {
    const format = new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 10 });
    return (price) => format.format(price);
  } catch {
    // A currency code the browser does not know: the number and the code still say it all.
    return (price) => `${price} ${currency}`;
  }
}
