import { Card, CardHeader, Body1, Caption1, Link as FluentLink, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { Link } from 'react-router-dom';
import type { Count } from '../api/countAll';

const useStyles = makeStyles({
  card: { minWidth: '220px' },
  figure: { fontSize: tokens.fontSizeHero800, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightHero800 },
});

interface TileProps {
  title: string;
  count: Count | undefined;
  failed: boolean;
  to: string;
  linkText: string;
}

/** One figure of the dashboard, with the page that explains it. */
export function Tile({ title, count, failed, to, linkText }: TileProps) {
  const styles = useStyles();
  const figure = count ? `${count.value.toLocaleString()}${count.more ? '+' : ''}` : null;
  return (
    <Card className={styles.card} role="group" aria-label={title}>
      <CardHeader header={<Body1 as="h2">{title}</Body1>} />
      {failed ? <Caption1>Could not be loaded.</Caption1> : figure === null ? <Spinner size="tiny" label="Loading" /> : <span className={styles.figure} data-testid="tile-figure">{figure}</span>}
      <FluentLink as="span">
        <Link to={to}>{linkText}</Link>
      </FluentLink>
    </Card>
  );
}
