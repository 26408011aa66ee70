// The leaders' big screen. (Built out in bigscreen/.)
export function BigScreen() {
  return <div className="bigscreen" data-testid="bigscreen" />;
}
