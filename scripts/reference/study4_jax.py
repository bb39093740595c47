"""Reference values for study 4: two cuts trained with Adam on the seed loss, in JAX.

Written for CutBook from the study catalogue's description, to obtain the trained cut values
that the Swift engine's tests pin. Same data (numpy legacy RandomState(19680801), draws in the
catalogue's order), the same float32 seed loss and `optax.chain(optax.adam(0.002),
optax.zero_nans())`, 5000 epochs, from (1, 1) and from (60, 60), for sigmoid and erf cuts.

Run: python3 scripts/reference/study4_jax.py

Printed with jax 0.10.2, optax 0.2.8 on CPU (pinned to four significant digits in
Tests/CutEngineTests/StudyReproductionTests.swift):
    sigmoid from (1.0, 1.0): cuts = -1.077374, -0.374433; loss 98502.984
    sigmoid from (60.0, 60.0): cuts = 60.000000, 60.000000; loss 99034.875
    erf from (1.0, 1.0): cuts = -0.346971, 0.235417; loss 98307.211
    erf from (60.0, 60.0): cuts = 60.000000, 60.000000; loss 99034.875
"""

import haiku as hk
import jax
import jax.numpy as jnp
import numpy as np
import optax


def make_data():
    """D3: two unused 1D samples, then the 2D signal and background; background first."""
    rng = np.random.RandomState(19680801)
    rng.normal(5, 1, 10000)
    rng.normal(0, 4, 10000)
    signal = rng.multivariate_normal((1.5, 2.0), [[0.5, 0.2], [0.2, 0.5]], 10000)
    background = rng.multivariate_normal((0.0, 0.0), [[9.0, 0.0], [0.0, 9.0]], 10000)
    data = np.concatenate([background, signal])
    truth = np.concatenate([np.zeros(len(background)), np.ones(len(signal))])
    return jnp.array(data), jnp.array(truth)


RELAXATIONS = {
    "sigmoid": lambda x, c: jax.nn.sigmoid(x - c),
    "erf": lambda x, c: (jax.scipy.special.erf(x - c) + 1.0) / 2.0,
}


class SelectionCut(hk.Module):
    """N cuts on N columns; the event weight is the product of the relaxed cut weights."""

    def __init__(self, relaxation, init):
        super().__init__(name="SelectionCut")
        self.relaxation = relaxation
        self.init = init

    def __call__(self, x):
        cuts = hk.get_parameter(
            "cuts", [x.shape[1]], jnp.float32, init=lambda s, d: jnp.full(s, self.init, d)
        )
        return jnp.prod(self.relaxation(x, cuts), axis=1)


def train(name, init, epochs=5000):
    data, truth = make_data()
    model = hk.without_apply_rng(
        hk.transform(lambda x: SelectionCut(RELAXATIONS[name], init)(x))
    )
    params = model.init(jax.random.PRNGKey(0), data)

    def loss_fn(params):
        p = jax.nn.sigmoid(model.apply(params, data))
        return -jnp.sum(truth * jax.nn.log_softmax(p))

    optimizer = optax.chain(optax.adam(0.002), optax.zero_nans())
    state = optimizer.init(params)

    @jax.jit
    def step(params, state):
        loss, grads = jax.value_and_grad(loss_fn)(params)
        updates, state = optimizer.update(grads, state, params)
        return optax.apply_updates(params, updates), state, loss

    for epoch in range(1, epochs + 1):
        params, state, loss = step(params, state)
        if epoch == 1 or epoch % (epochs // 10) == 0:
            print(f"  {name} init={init} epoch {epoch:5d} loss {float(loss):.3f}")
    cuts = np.asarray(params["SelectionCut"]["cuts"])
    final = float(loss_fn(params))
    print(f"{name} from ({init}, {init}): cuts = {cuts[0]:.6f}, {cuts[1]:.6f}; loss {final:.3f}")


if __name__ == "__main__":
    for relaxation in ("sigmoid", "erf"):
        for start in (1.0, 60.0):
            train(relaxation, start)
