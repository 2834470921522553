// Each chart of an inspection page as PNG, with its title, source and licence inside.
import { chartRoutes } from '../../../../views/images/routes.ts';
import { chartsOfInspection } from '../../../../views/images/images.ts';

const routes = chartRoutes((d) => d.inspections.map((i) => i.id), chartsOfInspection);
export const getStaticPaths = routes.getStaticPaths;
export const GET = routes.png;
