/**
 * Chart colours as literal values: recharts writes them into SVG attributes, where Fluent's CSS variables do not
 * apply. Fluent's brand blue and red, both above 3:1 against white; series also differ by shape (bar, line, dashes).
 */
export const SERIES_COLOUR = '#0F6CBD';
export const BUDGET_COLOUR = '#C50F1F';
export const GRID_COLOUR = '#D1D1D1';
