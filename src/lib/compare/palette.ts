/**
 * One colour per compared term, in the chart, its legend, the table's headers, the chapter
 * strips and the KWIC marks: the Okabe–Ito palette (distinguishable with the common colour-vision
 * deficiencies), with grey in place of its black so that every colour shows on the dark theme.
 * Blue and orange first, as in the indicator charts.
 */
export const TERM_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999'] as const;

export const termColour = (i: number): string => TERM_COLOURS[i % TERM_COLOURS.length];
