// Each chart of the national picture as PNG, with its title, source and licence inside.
import { chartRoutes } from '../../../views/images/routes.ts';
import { chartsOfNation } from '../../../views/images/images.ts';

const routes = chartRoutes(
  () => [''],
  (d) => chartsOfNation(d),
);
export const getStaticPaths = routes.getStaticPaths;
export const GET = routes.png;
