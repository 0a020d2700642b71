// The Chart.js parts Tierline's charts use, registered once (this module is evaluated once per
// bundle). Registering only these keeps the rest of Chart.js out of the client bundle.
// Add a part here when a new chart needs it.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  LogarithmicScale,
  PointElement,
  ScatterController,
  Tooltip,
} from "chart.js";

Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip, Legend);
// Dashboard (issue 5): bucket axes, tier history and stacked earnings bars, the views-vs-ER
// scatter on a log scale.
Chart.register(CategoryScale, BarController, BarElement, ScatterController, LogarithmicScale);

export { Chart };
