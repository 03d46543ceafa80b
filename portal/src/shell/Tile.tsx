import { Body1, Caption1, Card, CardHeader, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { RouterLink } from './RouterLink';

const useStyles = makeStyles({
  card: { minWidth: '220px' },
  figure: { fontSize: tokens.fontSizeHero800, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightHero800 },
});

interface TileProps {
  title: string;
  /** Already formatted (money or a count); undefined while loading. */
  figure: string | undefined;
  failed: boolean;
  to: string;
  linkText: string;
}

/** One figure of the home page's dashboard, with the page that explains it. */
export function Tile({ title, figure, failed, to, linkText }: TileProps) {
  const styles = useStyles();
  return (
    <Card className={styles.card} role="group" aria-label={title}>
      <CardHeader header={<Body1 as="h2">{title}</Body1>} />
      {failed ? <Caption1>Could not be loaded.</Caption1> : figure === undefined ? <Spinner size="tiny" label="Loading" /> : <span className={styles.figure} data-testid="tile-figure">{figure}</span>}
      <RouterLink to={to}>{linkText}</RouterLink>
    </Card>
  );
}
